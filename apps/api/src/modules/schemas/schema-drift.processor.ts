import { Injectable } from '@nestjs/common';
import { schemaRegistryDriftJob } from '@tessera/contracts';
import type { Job } from 'bullmq';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { SchemaDriftService, type DriftScan } from './schema-drift.service';

/** Runs the scheduled registry drift scan; its result (counts) is kept on the job for operators. */
@Injectable()
export class SchemaDriftProcessor implements JobProcessor<Record<string, never>> {
  readonly definition = schemaRegistryDriftJob;

  constructor(private readonly drift: SchemaDriftService) {}

  process(_payload: Record<string, never>, job: Job): Promise<DriftScan> {
    return this.drift.scanAll(`job:${job.name}:${job.id ?? 'unknown'}`);
  }
}
