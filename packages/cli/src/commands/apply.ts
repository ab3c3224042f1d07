import { dependencyOrder, locateDescriptorPath, referencedProducts } from '@tessera/contracts';
import { ApiError, type GraphqlClient } from '../api-client';
import { formatIssue, localProblems, readDescriptorFiles, type DescriptorFile } from '../descriptor-files';
import { EXIT, exitCodeForErrorCode, type ExitCode } from '../exit-codes';
import {
  formatChange,
  formatResult,
  formatSummary,
  progressPrefix,
  type Change,
  type Outcome,
  type Tally,
} from '../format';
import type { Io } from '../io';

export const APPLY_MUTATION = `
  mutation ApplyDataProductDescriptor($input: ApplyDataProductDescriptorInput!) {
    applyDataProductDescriptor(input: $input) {
      outcome
      changes { path kind before after }
      dataProduct { slug status }
    }
  }`;

interface ApplyResponse {
  applyDataProductDescriptor: { outcome: Outcome; changes: Change[]; dataProduct: { slug: string } | null };
}

export interface ApplyOptions {
  readonly target: string;
  readonly dryRun: boolean;
}

type ValidFile = Extract<DescriptorFile, { ok: true }>;

/** A failure the API reported, printed with the file and, where the path is in the file, its line. */
function reportApiError(io: Io, prefix: string, file: ValidFile, error: ApiError): void {
  io.err(
    `${prefix} ${file.descriptor.id}: ${error.code ?? 'ERROR'}${error.reason ? ` ${error.reason}` : ''}: ${error.message}`,
  );
  for (const issue of error.issues) {
    const position = locateDescriptorPath(file.text, issue.path);
    io.err(`    ${formatIssue(file.path, { ...issue, ...position })}`);
  }
}

/**
 * `tessera apply -f <file|dir> [--dry-run]`: checks every file locally first (nothing is sent
 * if one is invalid), then applies them in dependency order, one mutation per file. A failed
 * file does not stop the others, but the files depending on it are skipped. The exit code is
 * that of the first failure.
 */
export async function applyCommand(options: ApplyOptions, client: GraphqlClient, io: Io): Promise<ExitCode> {
  const files = await readDescriptorFiles(options.target);
  const problems = localProblems(files);
  if (problems.length > 0) {
    problems.forEach((problem) => io.err(problem));
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was applied`);
    return EXIT.INVALID;
  }
  const valid = files.filter((file): file is ValidFile => file.ok);
  const { ordered, cyclic } = dependencyOrder(
    valid.map((file) => ({ id: file.descriptor.id, dependsOn: referencedProducts(file.descriptor), file })),
  );
  if (cyclic.length > 0) io.err(`warning: these products consume each other: ${cyclic.join(', ')}`);

  const tally: Tally = { created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 };
  const failedIds = new Set<string>();
  let exitCode: ExitCode = EXIT.OK;
  const fail = (code: ExitCode) => {
    tally.failed += 1;
    if (exitCode === EXIT.OK) exitCode = code;
  };

  for (const [position, { file, dependsOn, id }] of ordered.entries()) {
    const prefix = progressPrefix(position + 1, ordered.length);
    const blocker = dependsOn.find((dependency) => failedIds.has(dependency));
    if (blocker) {
      io.err(`${prefix} ${id}: skipped: it depends on ${blocker}, which failed`);
      tally.skipped += 1;
      failedIds.add(id);
      continue;
    }
    try {
      const data = await client.request<ApplyResponse>(APPLY_MUTATION, {
        input: { descriptor: file.document, dryRun: options.dryRun },
      });
      const { outcome, changes } = data.applyDataProductDescriptor;
      io.out(formatResult(position + 1, ordered.length, id, outcome, changes.length, options.dryRun));
      changes.forEach((change) => io.out(formatChange(change)));
      tally[outcome === 'CREATED' ? 'created' : outcome === 'UPDATED' ? 'updated' : 'unchanged'] += 1;
    } catch (error) {
      failedIds.add(id);
      if (!(error instanceof ApiError)) {
        // The API is unreachable or broken: the other files would fail the same way.
        io.err(`${prefix} ${id}: ${error instanceof Error ? error.message : String(error)}`);
        fail(EXIT.FAILURE);
        break;
      }
      reportApiError(io, prefix, file, error);
      fail(exitCodeForErrorCode(error.code));
    }
  }
  io.out(formatSummary(tally, options.dryRun));
  return exitCode;
}
