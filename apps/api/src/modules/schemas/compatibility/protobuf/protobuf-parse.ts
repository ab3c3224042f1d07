import * as protobuf from 'protobufjs';
import type { ParseResult, SchemaIssue } from '../compatibility.types';
import { canonicalJson, sha256Hex } from '../fingerprint';
import { schemaInvalid } from '../schema-issues';
import { buildProtobufModel } from './protobuf-model';

/** Parses `.proto` text with protobufjs; only Google's well-known types may be imported. */
export function parseProtobufSchema(text: string): ParseResult {
  const root = new protobuf.Root();
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text, root, { keepCase: true, alternateCommentMode: true });
  } catch (error) {
    return schemaInvalid([issueFrom(text, error)]);
  }
  for (const file of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
    const common = protobuf.common.get(file);
    if (!common) {
      return schemaInvalid([
        {
          path: 'import',
          ...locate(text, new RegExp(`import\\s+(?:weak\\s+|public\\s+)?["']${escape(file)}["']`)),
          message: `Import "${file}" cannot be resolved: only google/protobuf well-known types can be imported`,
        },
      ]);
    }
    root.addJSON(common.nested ?? {});
  }
  try {
    root.resolveAll();
  } catch (error) {
    return schemaInvalid([issueFrom(text, error)]);
  }
  const syntax = /^\s*syntax\s*=\s*["']proto3["']/m.test(stripComments(text)) ? 'proto3' : 'proto2';
  const model = buildProtobufModel(root, parsed.package ?? '', syntax);
  const canonical = canonicalJson({ syntax, package: parsed.package ?? '', root: root.toJSON() });
  return { ok: true, format: 'PROTOBUF', model, canonical, fingerprint: sha256Hex(canonical) };
}

/**
 * protobufjs reports syntax errors with a line but no column, and resolution errors (unknown
 * type, duplicate number) with neither; the column is where the quoted token first appears.
 */
function issueFrom(text: string, error: unknown): SchemaIssue {
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /\(line (\d+)\)/.exec(message);
  const token = /'([^']+)'/.exec(message)?.[1];
  const clean = message.replace(/\s*\(line \d+\)/, '');
  if (lineMatch) {
    const line = Number(lineMatch[1]);
    const lineText = text.split('\n')[line - 1] ?? '';
    const index = token ? lineText.indexOf(token) : -1;
    return {
      path: `line ${line}`,
      line,
      column: index >= 0 ? index + 1 : 1,
      message: `Invalid Protobuf schema: ${clean}`,
    };
  }
  const duplicate = /duplicate id (\d+)/.exec(message);
  const location = duplicate
    ? locate(text, new RegExp(`=\\s*${duplicate[1]}\\s*[;\\[]`), true)
    : token
      ? locate(text, new RegExp(`\\b${escape(token.split('.').pop() ?? token)}\\b\\s+\\w+\\s*=`))
      : {};
  return { path: token ?? '$', ...location, message: `Invalid Protobuf schema: ${clean}` };
}

function locate(text: string, pattern: RegExp, last = false): { line?: number; column?: number } {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const matches = [...stripComments(text).matchAll(new RegExp(pattern.source, flags))];
  const match = last ? matches[matches.length - 1] : matches[0];
  if (match?.index === undefined) return {};
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match.index - before.lastIndexOf('\n') };
}

/** Blanks out comments but keeps every character's offset, so locations stay true. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
