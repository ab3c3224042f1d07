import { defineJob, QUEUE_NAMES } from '@tessera/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { indexProcessors, MissingProcessorError, type JobProcessor } from './job-processor';

const alpha = defineJob({ name: 'test.alpha', version: 1, queue: QUEUE_NAMES.platform, payload: z.object({}) });
const beta = defineJob({
  name: 'test.beta',
  version: 2,
  queue: QUEUE_NAMES.platform,
  payload: z.object({ id: z.string() }),
});
const processorFor = (definition: typeof alpha | typeof beta): JobProcessor => ({
  definition,
  process: () => Promise.resolve(undefined),
});

describe('indexProcessors', () => {
  it('pairs every declared job with its processor', () => {
    const index = indexProcessors([alpha, beta], [processorFor(alpha), processorFor(beta)]);
    expect([...index.keys()]).toEqual(['test.alpha', 'test.beta']);
  });

  it('refuses to boot when a declared job has no processor, naming it', () => {
    expect(() => indexProcessors([alpha, beta], [processorFor(alpha)])).toThrow(
      new MissingProcessorError(['test.beta']),
    );
  });

  it('refuses two processors for one job and a processor for an undeclared job', () => {
    expect(() => indexProcessors([alpha], [processorFor(alpha), processorFor(alpha)])).toThrow(
      'Two processors are registered for job test.alpha',
    );
    expect(() => indexProcessors([alpha], [processorFor(alpha), processorFor(beta)])).toThrow(
      'Processors for undeclared job(s): test.beta',
    );
  });
});
