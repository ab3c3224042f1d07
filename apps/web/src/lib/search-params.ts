/** What Next.js passes as a page's `searchParams`, once awaited. */
export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter, or undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a query parameter (`?tag=a&tag=b`), without empty ones. */
export function allParams(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item) => item.length > 0);
}

/** Builds `path?query` from entries, repeating keys for lists and leaving out empty values. */
export function hrefWith(
  path: string,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === 'string' ? [value] : (value ?? [])) if (item !== '') query.append(key, item);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
