import { describe, expect, it } from 'vitest';
import { checkDestination, OutboundLookupError, OutboundUrlRefusedError, type HostResolver } from '../destination';
import { pinnedLookup } from '../outbound-http.client';

/** A resolver answering from a fixed table, as a DNS server under an attacker's control might. */
function resolverOf(table: Record<string, string[]>): HostResolver {
  return (hostname) => {
    const addresses = table[hostname];
    if (!addresses) return Promise.reject(new Error('ENOTFOUND'));
    return Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
}

async function refusal(url: string, allowedHosts: string[] = [], resolve?: HostResolver): Promise<string> {
  const error: unknown = await checkDestination(url, { allowedHosts, resolve }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof OutboundUrlRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.reason;
}

describe('checkDestination', () => {
  it('refuses schemes other than http and https', async () => {
    expect(await refusal('ftp://example.com/')).toBe('only http and https URLs are allowed, not ftp:');
    expect(await refusal('file:///etc/passwd')).toContain('not file:');
    expect(await refusal('not a url')).toBe('it is not a valid URL');
  });

  it('refuses the metadata address, private and loopback literals', async () => {
    expect(await refusal('http://169.254.169.254/latest/meta-data/')).toBe(
      '169.254.169.254 is a cloud metadata address',
    );
    expect(await refusal('http://10.0.0.1/')).toBe('10.0.0.1 is a private address');
    expect(await refusal('http://[::1]:8080/')).toBe('::1 is a loopback address');
    expect(await refusal('http://[::ffff:7f00:1]/')).toContain('IPv4-mapped');
    expect(await refusal('http://[::127.0.0.1]/')).toBe('::7f00:1 is an IPv4-compatible IPv6 address');
  });

  it('sees through other spellings of loopback: decimal, octal, short and bracketed forms', async () => {
    expect(await refusal('http://2130706433/')).toBe('127.0.0.1 is a loopback address');
    expect(await refusal('http://0177.0.0.1/')).toBe('127.0.0.1 is a loopback address');
    expect(await refusal('http://127.1/')).toBe('127.0.0.1 is a loopback address');
    expect(await refusal('http://[0:0:0:0:0:0:0:1]/')).toBe('::1 is a loopback address');
    expect(await refusal('http://0x7f.0.0.1/')).toBe('127.0.0.1 is a loopback address');
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const resolve = resolverOf({ 'mixed.example': ['93.184.215.14', '10.1.2.3'] });
    expect(await refusal('https://mixed.example/hook', [], resolve)).toBe(
      'mixed.example resolves to 10.1.2.3, a private address',
    );
  });

  it('refuses localhost through the real resolver', async () => {
    expect(await refusal('http://localhost:9/hook')).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/,
    );
  });

  it('admits an allow-listed host and pins the first address it resolved to', async () => {
    const resolve = resolverOf({ 'hooks.internal': ['10.9.8.7', '10.9.8.6'] });
    const checked = await checkDestination('https://hooks.internal/x', { allowedHosts: ['hooks.internal'], resolve });
    expect(checked.allowListed).toBe(true);
    expect(checked.address).toEqual({ address: '10.9.8.7', family: 4 });
  });

  it('honours a host:port entry for that port only', async () => {
    await expect(
      checkDestination('http://127.0.0.1:8080/', { allowedHosts: ['127.0.0.1:8080'] }),
    ).resolves.toMatchObject({ allowListed: true });
    expect(await refusal('http://127.0.0.1:8081/', ['127.0.0.1:8080'])).toBe('127.0.0.1 is a loopback address');
  });

  it('reports a name that does not resolve as a lookup failure, not a refusal', async () => {
    await expect(
      checkDestination('https://nowhere.invalid/', { allowedHosts: [], resolve: resolverOf({}) }),
    ).rejects.toBeInstanceOf(OutboundLookupError);
  });
});

describe('pinnedLookup', () => {
  it('answers every lookup with the checked address, whatever the name', () => {
    const lookup = pinnedLookup({ address: '93.184.215.14', family: 4 });
    const single = new Promise((resolve) =>
      lookup('rebinding.example', {}, (_error, address, family) => resolve([address, family])),
    );
    const all = new Promise((resolve) =>
      lookup('rebinding.example', { all: true }, (_error, addresses) => resolve(addresses)),
    );
    return expect(Promise.all([single, all])).resolves.toEqual([
      ['93.184.215.14', 4],
      [{ address: '93.184.215.14', family: 4 }],
    ]);
  });
});
