import { TESSERA_VERSION } from '@tessera/contracts';
import { Command } from 'commander';
import { createGraphqlClient, settingsFromEnvironment, type GraphqlClient } from './api-client';
import { applyCommand } from './commands/apply';
import { exportCommand } from './commands/export';
import { validateCommand } from './commands/validate';
import { UsageError } from './descriptor-files';
import { EXIT, type ExitCode } from './exit-codes';
import type { Io } from './io';

export interface ProgramContext {
  readonly io: Io;
  readonly client: () => GraphqlClient;
  readonly setExitCode: (code: ExitCode) => void;
}

/** Runs a command, turning a usage problem (a missing file) into a message and exit code 1. */
async function run(context: ProgramContext, command: () => Promise<ExitCode>): Promise<void> {
  try {
    context.setExitCode(await command());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    context.io.err(error.message);
    context.setExitCode(EXIT.FAILURE);
  }
}

export function buildProgram(context: ProgramContext): Command {
  const program = new Command('tessera')
    .description('Apply, export and validate Tessera data product descriptors (ODPS v1 YAML).')
    .version(TESSERA_VERSION)
    .addHelpText(
      'after',
      `
Environment:
  TESSERA_API_URL  the Tessera API (default http://127.0.0.1:4000)
  TESSERA_TOKEN    an API token (tsr_...) with the catalog:write scope for apply

Exit codes: 0 applied or no change, 2 invalid descriptor, 3 refused (permission, conflict,
illegal transition, unknown team or domain), 1 any other failure.`,
    );

  program
    .command('apply')
    .description('Create or update data products from descriptors; files in a directory apply in dependency order.')
    .requiredOption('-f, --file <file|dir>', 'a descriptor file, or a directory of *.yaml / *.yml files')
    .option('--dry-run', 'show what would change; write nothing', false)
    .action((options: { file: string; dryRun: boolean }) =>
      run(context, () => applyCommand({ target: options.file, dryRun: options.dryRun }, context.client(), context.io)),
    );

  program
    .command('export')
    .description("Write a data product's descriptor as YAML.")
    .argument('<product>', 'the product slug (the descriptor id)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action((slug: string, options: { output?: string }) =>
      run(context, () => exportCommand({ slug, output: options.output }, context.client(), context.io)),
    );

  program
    .command('validate')
    .description('Check descriptors locally, without the API.')
    .requiredOption('-f, --file <file|dir>', 'a descriptor file, or a directory of *.yaml / *.yml files')
    .action((options: { file: string }) => run(context, () => validateCommand({ target: options.file }, context.io)));

  return program;
}

export function defaultContext(io: Io, environment: NodeJS.ProcessEnv): ProgramContext {
  return {
    io,
    client: () => createGraphqlClient(settingsFromEnvironment(environment)),
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}
