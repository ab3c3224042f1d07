import { Module } from '@nestjs/common';
import { WorkerHeartbeatProcessor } from './worker-heartbeat.processor';
import { WorkerHeartbeatScheduler } from './worker-heartbeat.scheduler';

@Module({ providers: [WorkerHeartbeatProcessor, WorkerHeartbeatScheduler], exports: [WorkerHeartbeatProcessor] })
export class PlatformWorkerModule {}
