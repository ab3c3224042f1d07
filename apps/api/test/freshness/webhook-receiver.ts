import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly at: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: { type?: string; [key: string]: unknown };
}

/** A local webhook receiver (loopback, allowed by OUTBOUND_ALLOWED_HOSTS in the test config). */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        let json: ReceivedRequest['json'] = {};
        try {
          json = JSON.parse(body) as ReceivedRequest['json'];
        } catch {
          // kept as text
        }
        this.requests.push({ at: Date.now(), headers: request.headers, body, json });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Requests whose notification type is `type`, each idempotency key counted once (as a receiver dropping repeats would). */
  ofType(type: string): ReceivedRequest[] {
    return this.requests.filter((request) => typeOf(request) === type);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The notification type of a webhook body, wherever the renderer puts it. */
export function typeOf(request: ReceivedRequest): string | undefined {
  const json = request.json as { type?: unknown; event?: unknown; notification?: { type?: unknown } };
  const type = json.type ?? json.event ?? json.notification?.type;
  return typeof type === 'string' ? type : undefined;
}
