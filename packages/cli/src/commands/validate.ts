import { localProblems, readDescriptorFiles } from '../descriptor-files';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Io } from '../io';

/** `tessera validate -f <file|dir>`: the local checks of `apply`, without the API. */
export async function validateCommand(options: { target: string }, io: Io): Promise<ExitCode> {
  const files = await readDescriptorFiles(options.target);
  const problems = localProblems(files);
  problems.forEach((problem) => io.err(problem));
  const count = `${files.length} descriptor${files.length === 1 ? '' : 's'}`;
  if (problems.length > 0) {
    io.err(`${count} checked: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return EXIT.INVALID;
  }
  io.out(`${count} valid`);
  return EXIT.OK;
}
