import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { yamlNodeAt, yamlValue } from './descriptor';
import { dataContractSchema, ODCS_MAX_BYTES, type DataContractDocument } from './odcs';

export const CONTRACT_FORMATS = ['YAML', 'JSON'] as const;
export type ContractFormat = (typeof CONTRACT_FORMATS)[number];

export interface ContractIssue {
  /** Where in the contract, as `schema[0].properties[2].logicalType`; '' for the whole document. */
  readonly path: string;
  readonly message: string;
  /** 1-based, where the source text is known. */
  readonly line?: number;
  readonly column?: number;
}

export type ContractParseResult =
  | {
      readonly ok: true;
      readonly contract: DataContractDocument;
      /** The document exactly as written: what Tessera stores, unknown fields included. */
      readonly document: Record<string, unknown>;
    }
  | { readonly ok: false; readonly issues: ContractIssue[] };

/** `schema[0].properties[2].logicalType`: keys joined with dots, list positions in brackets. */
export function formatContractPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

function check(value: unknown, locate: Locate): ContractParseResult {
  if (!isPlainObject(value))
    return { ok: false, issues: [{ path: '', message: 'a data contract is a mapping of fields', ...locate([]) }] };
  const parsed = dataContractSchema.safeParse(value);
  if (parsed.success) return { ok: true, contract: parsed.data, document: value };
  return { ok: false, issues: issuesOf(parsed.error, locate) };
}

function issuesOf(error: z.ZodError, locate: Locate): ContractIssue[] {
  return error.issues.map((issue) => ({
    path: formatContractPath(issue.path),
    message: issue.message,
    ...locate(issue.path),
  }));
}

/** Checks an already-parsed contract (what the API receives inside a descriptor). */
export function validateDataContract(value: unknown): ContractParseResult {
  return check(value, () => undefined);
}

function tooLarge(text: string): ContractIssue[] | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes <= ODCS_MAX_BYTES) return null;
  return [
    {
      path: '',
      message: `the contract is ${bytes} bytes; the limit is ${ODCS_MAX_BYTES} bytes (${ODCS_MAX_BYTES / 1024} KiB)`,
    },
  ];
}

function lineAndColumn(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const position = lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

function locatorOf(document: Document.Parsed, lineCounter: LineCounter): Locate {
  return (path) => {
    const node = yamlNodeAt(document.contents, path);
    return node?.range ? lineAndColumn(lineCounter, node.range[0]) : undefined;
  };
}

/** Line and column of a character offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * JSON.parse names the position of some errors only ("at position 42") and may echo the whole
 * text; the position comes from there, else from reading the text as YAML (JSON is a subset).
 */
function jsonSyntaxIssue(text: string, error: unknown): ContractIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  const offset = /position (\d+)/.exec(raw)?.[1];
  let where: { line: number; column: number } | undefined;
  if (offset !== undefined) where = positionAt(text, Number(offset));
  else {
    const lineCounter = new LineCounter();
    const firstError = parseDocument(text, { lineCounter, prettyErrors: false }).errors[0];
    if (firstError) where = lineAndColumn(lineCounter, firstError.pos[0]);
  }
  return { path: '', message: `not valid JSON: ${message}`, ...where };
}

/**
 * Parses a contract from YAML or JSON text and checks it, giving each problem its field path
 * and, from the text, its line and column. JSON is read strictly (JSON.parse); its positions
 * come from reading the same text as YAML, of which JSON is a subset.
 */
export function parseDataContract(text: string, format: ContractFormat): ContractParseResult {
  const size = tooLarge(text);
  if (size) return { ok: false, issues: size };
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: 'the contract is empty' }] };
  let json: unknown;
  if (format === 'JSON') {
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [jsonSyntaxIssue(text, error)] };
    }
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (format === 'YAML' && document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => ({
        path: '',
        message: error.message.split('\n')[0] ?? error.message,
        ...lineAndColumn(lineCounter, error.pos[0]),
      })),
    };
  }
  // A JSON text the YAML reader stumbles on still has its JSON value; it only loses positions.
  const locate: Locate = document.errors.length > 0 ? () => undefined : locatorOf(document, lineCounter);
  if (format === 'JSON') return check(json, locate);
  const converted = yamlValue(document);
  return converted.ok ? check(converted.value, locate) : { ok: false, issues: [converted.issue] };
}

/** Where a contract path (`schema[0].properties[2]`) is in YAML or JSON text, for tools that report server issues. */
export function locateContractPath(text: string, path: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const keys = path === '' ? [] : path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  return locatorOf(document, lineCounter)(keys.map((key) => (/^\d+$/.test(key) ? Number(key) : key)));
}
