import { BlockList, isIP } from "node:net";

/**
 * Addresses a webhook may never reach: private, loopback, link-local (incl. the cloud metadata service at
 * 169.254.169.254), unique-local IPv6, "this host" and IPv4 mapped into IPv6. Loopback alone can be allowed
 * by the operator (FRONTIER_WEBHOOKS_ALLOW_LOOPBACK) for a receiver on the same machine.
 */
const refused = new BlockList();
refused.addSubnet("0.0.0.0", 8, "ipv4");
refused.addSubnet("10.0.0.0", 8, "ipv4");
refused.addSubnet("100.64.0.0", 10, "ipv4");
refused.addSubnet("169.254.0.0", 16, "ipv4");
refused.addSubnet("172.16.0.0", 12, "ipv4");
refused.addSubnet("192.168.0.0", 16, "ipv4");
refused.addSubnet("::", 128, "ipv6");
refused.addSubnet("fc00::", 7, "ipv6");
refused.addSubnet("fe80::", 10, "ipv6");

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

export interface AddressPolicy {
  allowLoopback: boolean;
}

/** Why the address is refused, or null when a webhook may connect to it. */
export function refusalReason(address: string, policy: AddressPolicy): string | null {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  let type: "ipv4" | "ipv6" = family === 4 ? "ipv4" : "ipv6";
  let plain = address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) {
    plain = mapped[1];
    type = "ipv4";
  }
  if (loopback.check(plain, type)) return policy.allowLoopback ? null : `${address} is a loopback address`;
  if (refused.check(plain, type)) return `${address} is a private, link-local or reserved address`;
  return null;
}
