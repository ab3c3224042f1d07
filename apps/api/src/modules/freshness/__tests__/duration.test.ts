import { describe, expect, it } from 'vitest';
import { formatDuration, humanDuration, parseDurationSeconds } from '../duration';

describe('objective durations', () => {
  it('reads whole seconds and ISO 8601 durations', () => {
    expect(parseDurationSeconds('900')).toEqual({ ok: true, seconds: 900 });
    expect(parseDurationSeconds('PT15M')).toEqual({ ok: true, seconds: 900 });
    expect(parseDurationSeconds('P1DT2H3M4S')).toEqual({ ok: true, seconds: 93_784 });
    expect(parseDurationSeconds('P2W')).toEqual({ ok: true, seconds: 1_209_600 });
    expect(parseDurationSeconds('pt30s')).toEqual({ ok: true, seconds: 30 });
  });

  it('refuses months, years, fractions, empty designators and words', () => {
    for (const text of ['P1M', 'P1Y', 'PT0.5S', 'P', 'PT', '15 minutes', '-5', '']) {
      expect(parseDurationSeconds(text).ok, text).toBe(false);
    }
  });

  it('writes seconds back as ISO 8601 and for people', () => {
    expect(formatDuration(900)).toBe('PT15M');
    expect(formatDuration(93_784)).toBe('P1DT2H3M4S');
    expect(formatDuration(86_400)).toBe('P1D');
    expect(formatDuration(0)).toBe('PT0S');
    expect(humanDuration(42)).toBe('42 s');
    expect(humanDuration(2_520)).toBe('42 min');
    expect(humanDuration(11_100)).toBe('3 h 5 min');
    expect(humanDuration(90_000)).toBe('1 d 1 h');
  });
});
