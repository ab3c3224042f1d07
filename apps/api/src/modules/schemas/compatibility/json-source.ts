/**
 * JSON text with positions. `JSON.parse` does the parsing; this small scanner only runs when
 * something went wrong, to say where: Node 20's JSON.parse errors carry no line or column, and
 * schema errors found later (an Avro type, a `$ref`) are reported against the text by path.
 */

export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly location: SourceLocation };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const scanner = new JsonScanner(text, null);
    try {
      scanner.scanDocument();
      return { ok: false, message: 'Invalid JSON', location: locationOf(text, 0) };
    } catch (error) {
      if (error instanceof JsonSyntaxError) {
        return { ok: false, message: error.message, location: locationOf(text, error.offset) };
      }
      throw error;
    }
  }
}

/**
 * The location of the value at `path` (object keys and array indexes from the root), or of its
 * nearest existing ancestor; undefined when the text is not JSON.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): SourceLocation | undefined {
  const scanner = new JsonScanner(text, path);
  try {
    scanner.scanDocument();
  } catch {
    return undefined;
  }
  return locationOf(text, scanner.bestOffset);
}

/** `$.fields[2].type`: a JSON path as people read it. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${segment}`),
    '$',
  );
}

export function locationOf(text: string, offset: number): SourceLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** A strict JSON scanner that remembers where the deepest prefix of a wanted path starts. */
class JsonScanner {
  private offset = 0;
  bestOffset = 0;
  private bestDepth = -1;

  constructor(
    private readonly text: string,
    private readonly wanted: readonly (string | number)[] | null,
  ) {}

  scanDocument(): void {
    this.value([]);
    this.whitespace();
    if (this.offset < this.text.length) throw this.error('Unexpected content after the JSON value');
  }

  private value(path: (string | number)[]): void {
    this.whitespace();
    this.mark(path);
    const char = this.text[this.offset];
    if (char === '{') this.object(path);
    else if (char === '[') this.array(path);
    else if (char === '"') this.string();
    else if (char === 't') this.literal('true');
    else if (char === 'f') this.literal('false');
    else if (char === 'n') this.literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else throw this.error(char === undefined ? 'Unexpected end of JSON' : `Unexpected character '${char}'`);
  }

  private mark(path: readonly (string | number)[]): void {
    if (!this.wanted || path.length <= this.bestDepth || path.length > this.wanted.length) return;
    for (let index = 0; index < path.length; index++) {
      if (path[index] !== this.wanted[index]) return;
    }
    this.bestDepth = path.length;
    this.bestOffset = this.offset;
  }

  private object(path: (string | number)[]): void {
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.offset] !== '"') throw this.error('Expected a property name in double quotes');
      const keyStart = this.offset;
      const key = this.string();
      const keyPath = [...path, key];
      if (this.isWantedPrefix(keyPath)) this.markAt(keyPath, keyStart);
      this.whitespace();
      if (this.text[this.offset] !== ':') throw this.error("Expected ':' after a property name");
      this.offset++;
      this.value(keyPath);
      this.whitespace();
      const next = this.text[this.offset];
      if (next === ',') this.offset++;
      else if (next === '}') {
        this.offset++;
        return;
      } else throw this.error("Expected ',' or '}' in an object");
    }
  }

  private isWantedPrefix(path: readonly (string | number)[]): boolean {
    if (!this.wanted || path.length > this.wanted.length) return false;
    return path.every((segment, index) => segment === this.wanted?.[index]);
  }

  private markAt(path: readonly (string | number)[], offset: number): void {
    if (path.length > this.bestDepth) {
      this.bestDepth = path.length;
      this.bestOffset = offset;
    }
  }

  private array(path: (string | number)[]): void {
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.whitespace();
      const next = this.text[this.offset];
      if (next === ',') this.offset++;
      else if (next === ']') {
        this.offset++;
        return;
      } else throw this.error("Expected ',' or ']' in an array");
    }
  }

  private string(): string {
    const start = this.offset;
    this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) throw this.error('Unterminated string', start);
      if (char === '"') break;
      if (char === '\\') this.offset++;
      else if (char.charCodeAt(0) < 0x20) throw this.error('Control character in a string');
      this.offset++;
    }
    this.offset++;
    return JSON.parse(this.text.slice(start, this.offset)) as string;
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.offset, this.offset + 400));
    if (!match) throw this.error('Invalid number');
    this.offset += match[0].length;
  }

  private literal(word: string): void {
    if (this.text.slice(this.offset, this.offset + word.length) !== word) throw this.error('Invalid literal');
    this.offset += word.length;
  }

  private whitespace(): void {
    while (this.offset < this.text.length && ' \t\n\r'.includes(this.text[this.offset] as string)) this.offset++;
  }

  private error(message: string, offset = this.offset): JsonSyntaxError {
    return new JsonSyntaxError(message, offset);
  }
}
