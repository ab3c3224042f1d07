import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDescriptorYaml, type DataProductDescriptor, type DescriptorIssue } from '@tessera/contracts';

/** A descriptor file as read and checked locally. */
export type DescriptorFile =
  | {
      readonly path: string;
      readonly text: string;
      readonly ok: true;
      readonly descriptor: DataProductDescriptor;
      /** The document as written (no defaults filled in): what is sent to the API. */
      readonly document: Record<string, unknown>;
    }
  | { readonly path: string; readonly text: string; readonly ok: false; readonly issues: DescriptorIssue[] };

/** The user pointed at something that is not there or holds no descriptors. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const DESCRIPTOR_FILE = /\.ya?ml$/i;

/** A file as given, or a directory's *.yaml and *.yml files (not recursive), sorted by name. */
export async function findDescriptorFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) throw new UsageError(`${target}: no such file or directory`);
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((name) => DESCRIPTOR_FILE.test(name)).sort();
  if (names.length === 0) throw new UsageError(`${target}: no *.yaml or *.yml files`);
  return names.map((name) => join(target, name));
}

export async function readDescriptorFiles(target: string): Promise<DescriptorFile[]> {
  const paths = await findDescriptorFiles(target);
  return Promise.all(
    paths.map(async (path): Promise<DescriptorFile> => {
      const text = await readFile(path, 'utf8');
      const result = parseDescriptorYaml(text);
      return result.ok
        ? { path, text, ok: true, descriptor: result.descriptor, document: result.document }
        : { path, text, ok: false, issues: result.issues };
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
      problems.push(...file.issues.map((issue) => formatIssue(file.path, issue)));
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
