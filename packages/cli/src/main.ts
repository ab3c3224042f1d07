#!/usr/bin/env node
import { processIo } from './io';
import { buildProgram, defaultContext } from './program';

buildProgram(defaultContext(processIo, process.env))
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`tessera: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
