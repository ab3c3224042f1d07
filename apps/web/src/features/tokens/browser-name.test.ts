import { describe, expect, it } from 'vitest';
import { describeBrowser } from './browser-name';

describe('describeBrowser', () => {
  it('names the browser, its major version and the operating system', () => {
    expect(
      describeBrowser(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
      ),
    ).toBe('Chrome 131 on Linux');
    expect(describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(
      'Firefox 128 on macOS',
    );
  });

  it('falls back to the raw string, shortened, when it names no browser, and says when there is none', () => {
    expect(describeBrowser('tessera-cli/0.1.0')).toBe('tessera-cli/0.1.0');
    expect(describeBrowser(`x/${'1'.repeat(100)}`)).toHaveLength(60);
    expect(describeBrowser(null)).toBe('Unknown browser');
    expect(describeBrowser('')).toBe('Unknown browser');
  });
});
