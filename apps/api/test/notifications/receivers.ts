import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A Slack incoming-webhook body as tests read it. */
export interface SlackMessage {
  text: string;
  blocks: { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { url?: string }[] }[];
}

export interface ReceivedRequest {
  /** When the request arrived (ms since the epoch). */
  readonly at: number;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The status answered, or 'held' for a request left open. */
  readonly answered: number | 'held';
}

/** How the receiver answers one request: a status, or holding it open without answering. */
export type Reply =
  { readonly status: number; readonly body?: string; readonly headers?: Readonly<Record<string, string>> } | 'hold';
export type Replier = (request: Omit<ReceivedRequest, 'answered'>, index: number) => Reply;

/**
 * A real HTTP server on loopback that records every request and answers as told, like a
 * team's webhook endpoint. `acceptedKeys` is what a receiver that drops repeats by
 * Idempotency-Key would have processed.
 */
export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly held = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    private replier: Replier,
  ) {}

  static async start(replier: Replier = () => ({ status: 200 })): Promise<HttpReceiver> {
    const server = createServer();
    const receiver = new HttpReceiver(server, replier);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const arrived = {
          at: Date.now(),
          path: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        const reply = receiver.replier(arrived, receiver.requests.length);
        receiver.requests.push({ ...arrived, answered: reply === 'hold' ? 'held' : reply.status });
        if (reply === 'hold') {
          receiver.held.add(response);
          response.on('close', () => receiver.held.delete(response));
          return;
        }
        response.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers }).end(reply.body ?? '');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The receiver's URL; `host` may be a name resolving to loopback, such as localhost. */
  url(path = '/hook', host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  answer(replier: Replier): void {
    this.replier = replier;
  }

  requestsTo(path: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  /** Idempotency keys of requests answered 2xx, each once: what a deduplicating receiver processed. */
  acceptedKeys(path?: string): string[] {
    const keys = this.requests
      .filter((request) => path === undefined || request.path === path)
      .filter((request) => typeof request.answered === 'number' && request.answered >= 200 && request.answered < 300)
      .map((request) => String(request.headers['idempotency-key']));
    return [...new Set(keys)];
  }

  async close(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A real SMTP server on loopback (smtp-server from npm) keeping every message, parsed. */
export class SmtpReceiver {
  private constructor(
    private readonly server: SMTPServer,
    readonly messages: ParsedMail[],
  ) {}

  static async start(): Promise<SmtpReceiver> {
    const messages: ParsedMail[] = [];
    const server = new SMTPServer({
      // Plain SMTP on loopback: no TLS certificate to trust, no login.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((message) => {
            messages.push(message);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new SmtpReceiver(server, messages);
  }

  get url(): string {
    const address = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${address.port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
