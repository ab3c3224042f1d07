import ipaddr from 'ipaddr.js';

/**
 * Which network addresses outbound requests (webhooks, Slack) may reach. Only public
 * unicast addresses pass: a URL a team types must never make the worker talk to itself,
 * the private network, or the cloud's metadata service (server-side request forgery).
 */

/** Cloud instance metadata endpoints, named as such in refusals because they are the usual target. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);

/** How a refusal names each special range (ipaddr.js range names). */
const RANGE_NAMES: Readonly<Record<string, string>> = {
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
  multicast: 'a multicast',
  linkLocal: 'a link-local',
  loopback: 'a loopback',
  carrierGradeNat: 'a carrier-grade NAT (100.64.0.0/10)',
  private: 'a private',
  uniqueLocal: 'a private (unique local, fc00::/7)',
  ipv4Mapped: 'an IPv4-mapped IPv6',
  rfc6145: 'an IPv4-translated IPv6',
  rfc6052: 'a NAT64 (IPv4-embedding)',
  '6to4': 'a 6to4 (IPv4-embedding)',
  teredo: 'a Teredo (IPv4-embedding)',
  deprecatedSiteLocal: 'a site-local',
};

/**
 * Why an address may not be reached, or null when it may. Anything ipaddr.js does not class
 * as plain unicast is refused, which covers the ranges the issue names and the reserved,
 * documentation and tunnelling ranges besides.
 */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const parsed = ipaddr.parse(address);
  const normalized = parsed.toString();
  if (METADATA_ADDRESSES.has(normalized)) return `${normalized} is a cloud metadata address`;
  const range = parsed.range();
  if (range === 'unicast' && isIpv4Compatible(parsed)) return `${normalized} is an IPv4-compatible IPv6 address`;
  if (range === 'unicast') return null;
  return `${normalized} is ${RANGE_NAMES[range] ?? `a reserved (${range})`} address`;
}

/**
 * ::a.b.c.d (::/96 without :: and ::1), deprecated by RFC 4291 but still tunnelled to the
 * IPv4 address on hosts with automatic tunnels; ipaddr.js classes it as plain unicast.
 */
function isIpv4Compatible(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).match(ipaddr.IPv6.parse('::'), 96);
}

/**
 * Whether an admin allowed this host (or host:port) although it may resolve to a refused
 * address. Host names compare case-insensitively; IPv6 literals without brackets.
 */
export function isAllowListed(allowedHosts: readonly string[], hostname: string, port: number): boolean {
  const host = stripBrackets(hostname).toLowerCase();
  return allowedHosts.some((entry) => {
    const candidate = entry.trim().toLowerCase();
    if (candidate === '') return false;
    if (stripBrackets(candidate) === host) return true;
    const separator = candidate.lastIndexOf(':');
    if (separator <= 0) return false;
    const entryHost = stripBrackets(candidate.slice(0, separator));
    return entryHost === host && candidate.slice(separator + 1) === String(port);
  });
}

export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
