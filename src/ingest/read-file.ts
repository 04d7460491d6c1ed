import { open, stat } from "node:fs/promises";
import { IngestError } from "./ingest-error.js";

/**
 * Reads a whole file, refusing before reading when it is over maxBytes, and stopping at
 * maxBytes + 1 in case it grows meanwhile, so memory never exceeds the limit.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new IngestError("unsupported_type", path, "not a regular file");
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  if (info.size === 0) throw new IngestError("empty", path, "file is empty");

  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(path, length, maxBytes);
    if (length === 0) throw new IngestError("empty", path, "file is empty");
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

export function tooLarge(origin: string, size: number, maxBytes: number): IngestError {
  return new IngestError("too_large", origin, `${describeBytes(size)} is over the limit of ${describeBytes(maxBytes)}`);
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
