import { Module } from '@nestjs/common';
import { PlatformResolver } from './platform.resolver';
import { PlatformService } from './platform.service';

@Module({ providers: [PlatformResolver, PlatformService] })
export class PlatformModule {}
