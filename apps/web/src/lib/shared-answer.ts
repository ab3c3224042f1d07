/**
 * Remembers a successful answer for `ttlMs` and lets concurrent callers share one request in
 * flight. Failures are never remembered: the next caller asks again.
 *
 * For the few API calls the portal server makes for everybody at once (the home page's
 * platform status): without it they would all come from the portal's address and spend that
 * address's rate-limit budget with every page view.
 */
export function sharedAnswer<T>(load: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let remembered: { value: T; until: number } | undefined;
  let inFlight: Promise<T> | undefined;
  return () => {
    if (remembered && now() < remembered.until) return Promise.resolve(remembered.value);
    inFlight ??= load()
      .then((value) => {
        remembered = { value, until: now() + ttlMs };
        return value;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
