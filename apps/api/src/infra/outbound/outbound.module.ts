import { Module } from '@nestjs/common';
import { OutboundHttpClient } from './outbound-http.client';

/** Calls to user-supplied URLs, with the SSRF checks of `destination.ts`. */
@Module({ providers: [OutboundHttpClient], exports: [OutboundHttpClient] })
export class OutboundModule {}
