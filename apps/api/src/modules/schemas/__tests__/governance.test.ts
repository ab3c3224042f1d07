import { describe, expect, it } from 'vitest';
import { goesBackwards, isNewMajor, parseContractVersion } from '../contract-version';
import { publishVerdict } from '../publish-verdict';

const BREAKING = {
  compatible: false,
  changes: [{ path: '$.id', kind: 'FIELD_REMOVED', breaks: 'READERS' as const, message: 'm', versions: [1] }],
};
const COMPATIBLE = { compatible: true, changes: [] };

describe('contract versions', () => {
  it('accepts semantic versions and refuses anything looser', () => {
    expect(parseContractVersion('1.4.0')).toBe('1.4.0');
    expect(parseContractVersion('2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(parseContractVersion('v1.2.3')).toBeNull();
    expect(parseContractVersion('1.2')).toBeNull();
  });

  it('knows a new major and a step backwards by semver precedence', () => {
    expect(isNewMajor('1.9.3', '2.0.0')).toBe(true);
    expect(isNewMajor('1.9.3', '1.10.0')).toBe(false);
    expect(goesBackwards('1.10.0', '1.9.0')).toBe(true);
    expect(goesBackwards('2.0.0', '2.0.0-rc.1')).toBe(true);
    expect(goesBackwards('1.0.0', '1.0.0')).toBe(false);
  });
});

describe('publishVerdict', () => {
  const base = { currentContractVersion: '1.2.0', contractVersion: '1.2.0', overrideReason: null };

  it('accepts a compatible change whatever else is given', () => {
    expect(publishVerdict({ ...base, compatibility: COMPATIBLE, overrideReason: 'because' })).toBe('COMPATIBLE');
  });

  it('refuses a breaking change without a new major version or an override', () => {
    expect(publishVerdict({ ...base, compatibility: BREAKING })).toBe('REFUSED');
    expect(publishVerdict({ ...base, compatibility: BREAKING, contractVersion: '1.3.0' })).toBe('REFUSED');
  });

  it('allows a breaking change with a new major version, which wins over an override', () => {
    expect(publishVerdict({ ...base, compatibility: BREAKING, contractVersion: '2.0.0' })).toBe(
      'BREAKING_ALLOWED_MAJOR',
    );
    expect(
      publishVerdict({ ...base, compatibility: BREAKING, contractVersion: '2.0.0', overrideReason: 'because' }),
    ).toBe('BREAKING_ALLOWED_MAJOR');
  });

  it('lets an override through a breaking change without a new major', () => {
    expect(publishVerdict({ ...base, compatibility: BREAKING, overrideReason: 'consumers migrated' })).toBe(
      'BREAKING_OVERRIDDEN',
    );
  });
});
