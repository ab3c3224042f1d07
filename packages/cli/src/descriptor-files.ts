import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import {
  isContractReference,
  locateDescriptorPath,
  parseDataContract,
  parseDescriptorYaml,
  type DataProductDescriptor,
  type DescriptorIssue,
} from '@tessera/contracts';

/** A problem in a descriptor, or in a contract file it references (then `file` names that file). */
export type FileIssue = DescriptorIssue & { readonly file?: string };

/** A descriptor file as read and checked locally. */
export type DescriptorFile =
  | {
      readonly path: string;
      readonly text: string;
      readonly ok: true;
      readonly descriptor: DataProductDescriptor;
      /** The document as written (no defaults filled in, contract references replaced by the files): what is sent to the API. */
      readonly document: Record<string, unknown>;
    }
  | { readonly path: string; readonly text: string; readonly ok: false; readonly issues: FileIssue[] };

/** The user pointed at something that is not there or holds no descriptors. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const DESCRIPTOR_FILE = /\.ya?ml$/i;
/** Contract files (ODCS's own naming) may sit beside descriptors; they are not descriptors. */
const CONTRACT_FILE = /\.odcs\.(ya?ml|json)$/i;

/**
 * A file as given, or a directory's *.yaml and *.yml files (not recursive, not *.odcs.yaml),
 * sorted by name.
 */
export async function findDescriptorFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new UsageError(`${target}: no such file or directory`);
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target))
    .filter((name) => DESCRIPTOR_FILE.test(name) && !CONTRACT_FILE.test(name))
    .sort();
  if (names.length === 0) throw new UsageError(`${target}: no *.yaml or *.yml files`);
  return names.map((name) => join(target, name));
}

/**
 * Replaces each `contract: { $ref: <file> }` of an output port by the contract in that file
 * (YAML, or JSON for *.json), read relative to the descriptor; problems in a contract file
 * are reported against that file.
 */
export async function embedContractReferences(
  path: string,
  document: Record<string, unknown>,
): Promise<{ document: Record<string, unknown>; issues: FileIssue[] }> {
  const ports: unknown[] = Array.isArray(document.outputPorts) ? document.outputPorts : [];
  const issues: FileIssue[] = [];
  const embedded = await Promise.all(
    ports.map(async (port, index) => {
      const contract = (port as { contract?: unknown }).contract;
      if (!isContractReference(contract)) return port;
      const file = isAbsolute(contract.$ref) ? contract.$ref : join(dirname(path), contract.$ref);
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text === null) {
        issues.push({ path: `outputPorts.${index}.contract.$ref`, message: `cannot read the contract file ${file}` });
        return port;
      }
      const parsed = parseDataContract(text, /\.json$/i.test(file) ? 'JSON' : 'YAML');
      if (!parsed.ok) {
        issues.push(...parsed.issues.map((issue) => ({ ...issue, file })));
        return port;
      }
      return { ...(port as Record<string, unknown>), contract: parsed.document };
    }),
  );
  return { document: ports.length > 0 ? { ...document, outputPorts: embedded } : document, issues };
}

export async function readDescriptorFiles(target: string): Promise<DescriptorFile[]> {
  const paths = await findDescriptorFiles(target);
  return Promise.all(
    paths.map(async (path): Promise<DescriptorFile> => {
      const text = await readFile(path, 'utf8');
      const result = parseDescriptorYaml(text);
      if (!result.ok) return { path, text, ok: false, issues: result.issues };
      const { document, issues } = await embedContractReferences(path, result.document);
      if (issues.length > 0) {
        const located = issues.map((issue) =>
          issue.file ? issue : { ...issue, ...locateDescriptorPath(text, issue.path) },
        );
        return { path, text, ok: false, issues: located };
      }
      return { path, text, ok: true, descriptor: result.descriptor, document };
    }),
  );
}

/** `file:line:column: path: message`, leaving out what is not known. */
export function formatIssue(file: string, issue: DescriptorIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Every local problem: each file's issues, and the same product id in two files. */
export function localProblems(files: readonly DescriptorFile[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!file.ok) {
      problems.push(...file.issues.map((issue) => formatIssue(issue.file ?? file.path, issue)));
      continue;
    }
    const first = seen.get(file.descriptor.id);
    if (first)
      problems.push(
        formatIssue(file.path, {
          path: 'id',
          message: `product "${file.descriptor.id}" is also described in ${first}`,
        }),
      );
    else seen.set(file.descriptor.id, file.path);
  }
  return problems;
}
