/**
 * Durations as people write them in objectives: a whole number of seconds ("900") or an
 * ISO 8601 duration ("PT15M", "P1DT2H", "PT0.5S" is refused: whole seconds only). Years and
 * months have no fixed length, so they are refused rather than guessed.
 */
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string };

export function parseDurationSeconds(text: string): DurationResult {
  const value = text.trim();
  if (/^\d+$/.test(value)) return finite(Number(value));
  const match = ISO_DURATION.exec(value.toUpperCase());
  if (!match || value.toUpperCase() === 'P' || value.toUpperCase().endsWith('T')) {
    return {
      ok: false,
      message: 'a whole number of seconds or an ISO 8601 duration such as PT15M (weeks, days, hours, minutes, seconds)',
    };
  }
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return finite(weeks * 604_800 + days * 86_400 + hours * 3_600 + minutes * 60 + seconds);
}

function finite(seconds: number): DurationResult {
  if (!Number.isSafeInteger(seconds) || seconds > 2_147_483_647) return { ok: false, message: 'is too long' };
  return { ok: true, seconds };
}

/** The ISO 8601 form of a number of seconds, largest units first ("PT15M", "P1DT2H"). */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds === 0) return 'PT0S';
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3_600);
  const minutes = Math.floor((totalSeconds % 3_600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** "42 min", "3 h 5 min", "12 s": for titles people read. */
export function humanDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3_600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) {
    const minutes = Math.floor((seconds % 3_600) / 60);
    return `${Math.floor(seconds / 3_600)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((seconds % 86_400) / 3_600);
  return `${Math.floor(seconds / 86_400)} d${hours ? ` ${hours} h` : ''}`;
}
