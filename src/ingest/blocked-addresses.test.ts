import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isBlockedAddress } from "./blocked-addresses.js";

// Pure checks on address strings: nothing here opens a connection.
describe("isBlockedAddress", () => {
  const blocked = [
    "127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "100.64.0.1", "169.254.169.254", "224.0.0.1", "255.255.255.255",
    "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "fe80::1%eth0", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1",
    "not-an-address",
  ];
  const allowed = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:0808:0808::1"];

  for (const address of blocked) {
    it(`blocks ${address}`, () => assert.equal(isBlockedAddress(address), true));
  }
  for (const address of allowed) {
    it(`allows ${address}`, () => assert.equal(isBlockedAddress(address), false));
  }
});
