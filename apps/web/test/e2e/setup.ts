import { afterEach, expect } from 'vitest';
import { takeUnexpectedProblems } from './problems';

// Every browser test ends with a clean console and no failed request (see problems.ts).
afterEach(() => {
  expect(takeUnexpectedProblems(), 'browser problems during the test').toEqual([]);
});
