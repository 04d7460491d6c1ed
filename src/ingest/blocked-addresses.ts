import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { IngestError } from "./ingest-error.js";

/** Addresses a fetched URL must not reach unless allowPrivate: the machine itself and internal networks. */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", includes 0.0.0.0
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes broadcast
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv6");
}

/** True for loopback, private, link-local, unspecified, multicast and reserved addresses, IPv4 embedded in IPv6 included. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  if (BLOCKED.check(address, "ipv6")) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== undefined && BLOCKED.check(embedded, "ipv4");
}

/**
 * IPv4 address carried inside an IPv6 one: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d),
 * NAT64 (64:ff9b::/96) or 6to4 (2002:AABB:CCDD::). These reach IPv4 hosts, so they get IPv4 rules.
 */
function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (!groups) return undefined;
  const asIpv4 = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  const zerosUpTo = (n: number) => groups.slice(0, n).every((group) => group === 0);
  if (zerosUpTo(5) && (groups[5] === 0xffff || groups[5] === 0)) return asIpv4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return asIpv4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return asIpv4(groups[1]!, groups[2]!);
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or undefined if malformed. */
function expandIpv6(address: string): number[] | undefined {
  let text = address.split("%")[0]!.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const first = parse(head);
  const last = tail === undefined ? [] : parse(tail);
  const missing = 8 - first.length - last.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...first, ...new Array<number>(missing).fill(0), ...last];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

/**
 * Resolves a URL's host (every address it has) and throws IngestError 'blocked_address' if any
 * is internal, so a public name cannot hide an internal address behind a second DNS record.
 */
export async function assertPublicHost(hostname: string, origin: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch (error) {
    throw new IngestError("fetch_failed", origin, `cannot resolve host "${host}"`, { cause: error });
  }
  const blocked = addresses.find(isBlockedAddress);
  if (blocked !== undefined || addresses.length === 0) {
    throw new IngestError(
      "blocked_address",
      origin,
      `host "${host}" resolves to ${blocked ?? "no address"}, an internal address; pass allowPrivate (--allow-private) to fetch it`,
    );
  }
}
