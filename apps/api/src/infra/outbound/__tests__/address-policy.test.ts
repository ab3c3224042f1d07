import { describe, expect, it } from 'vitest';
import { addressRefusal, isAllowListed } from '../address-policy';

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    // Deprecated IPv4-compatible forms (::a.b.c.d), which ipaddr.js calls plain unicast.
    ['::7f00:1', 'IPv4-compatible'],
    ['::a9fe:a9fe', 'IPv4-compatible'],
    ['::a00:1', 'IPv4-compatible'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'reserved'],
  ])('refuses %s as %s', (address, kind) => {
    expect(addressRefusal(address)).toContain(kind);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111'])(
    'lets the public address %s through',
    (address) => {
      expect(addressRefusal(address)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(addressRefusal('example.com')).toBe('example.com is not an IP address');
  });
});

describe('isAllowListed', () => {
  it('matches a host name case-insensitively, with or without the port', () => {
    expect(isAllowListed(['Hooks.Internal'], 'hooks.internal', 443)).toBe(true);
    expect(isAllowListed(['hooks.internal:8443'], 'hooks.internal', 8443)).toBe(true);
    expect(isAllowListed(['hooks.internal:8443'], 'hooks.internal', 443)).toBe(false);
  });

  it('matches IPv6 literals in brackets and bare', () => {
    expect(isAllowListed(['::1'], '[::1]', 80)).toBe(true);
    expect(isAllowListed(['[::1]:8080'], '[::1]', 8080)).toBe(true);
    expect(isAllowListed(['[::1]:8080'], '::1', 80)).toBe(false);
  });

  it('allows nothing with an empty list, and never a different host', () => {
    expect(isAllowListed([], 'localhost', 80)).toBe(false);
    expect(isAllowListed([''], 'localhost', 80)).toBe(false);
    expect(isAllowListed(['localhost'], 'localhost.evil.example', 80)).toBe(false);
  });
});
