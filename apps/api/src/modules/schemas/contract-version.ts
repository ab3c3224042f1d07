import semver from 'semver';

/** A contract version as semver 2.0 (`1.4.0`, `2.0.0-rc.1`); null when the text is not one. */
export function parseContractVersion(text: string): string | null {
  // Exactly as written: semver would strip `v1.2.3` to 1.2.3, but a stored version must read back as given.
  const valid = semver.valid(text, { loose: false });
  return valid === text ? valid : null;
}

/** Whether `next` is a new major over `current` (1.4.2 -> 2.0.0): what allows a breaking change. */
export function isNewMajor(current: string, next: string): boolean {
  return semver.major(next) > semver.major(current);
}

/** Whether `next` would take the port's contract version backwards (semver precedence). */
export function goesBackwards(current: string, next: string): boolean {
  return semver.lt(next, current);
}
