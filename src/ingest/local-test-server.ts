import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** An HTTP server on 127.0.0.1 for tests: routes by path, random port, closed by close(). */
export async function startLocalServer(routes: Record<string, Handler>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const handler = routes[new URL(request.url ?? "/", "http://localhost").pathname];
    if (handler) return handler(request, response);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering with a fixed status, headers and body. */
export function reply(body: string | Buffer, headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" }, status = 200): Handler {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}
