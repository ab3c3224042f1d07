import type { JobDefinition } from '@tessera/contracts';
import type { Job } from 'bullmq';

/** Handles one declared job. Steps must be idempotent: a retry may repeat any of them. */
export interface JobProcessor<Payload = unknown> {
  readonly definition: JobDefinition<string, Payload>;
  process(payload: Payload, job: Job): Promise<unknown>;
}

export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');
export const JOB_DEFINITIONS_TOKEN = Symbol('JOB_DEFINITIONS');

export class MissingProcessorError extends Error {
  constructor(readonly jobNames: readonly string[]) {
    super(`No processor is registered for declared job(s): ${jobNames.join(', ')}`);
    this.name = 'MissingProcessorError';
  }
}

/** Pairs each declared job with exactly one processor; refuses gaps and duplicates. */
export function indexProcessors(
  definitions: readonly JobDefinition[],
  processors: readonly JobProcessor[],
): Map<string, JobProcessor> {
  const byName = new Map<string, JobProcessor>();
  for (const processor of processors) {
    if (byName.has(processor.definition.name)) {
      throw new Error(`Two processors are registered for job ${processor.definition.name}`);
    }
    byName.set(processor.definition.name, processor);
  }
  const missing = definitions.filter((definition) => !byName.has(definition.name)).map((definition) => definition.name);
  if (missing.length > 0) throw new MissingProcessorError(missing);
  const declared = new Set(definitions.map((definition) => definition.name));
  const undeclared = processors.filter((processor) => !declared.has(processor.definition.name));
  if (undeclared.length > 0) {
    throw new Error(
      `Processors for undeclared job(s): ${undeclared.map((processor) => processor.definition.name).join(', ')}`,
    );
  }
  return byName;
}
