import { createServer, type IncomingHttpHeaders } from 'node:http';

/** A request the receiver got. */
export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A webhook endpoint on loopback that answers 200 and keeps what it got, for the tests to read. */
export async function startWebhookReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  next: (timeoutMs?: number) => Promise<ReceivedWebhook>;
  close: () => Promise<void>;
}> {
  const received: ReceivedWebhook[] = [];
  const waiting: ((webhook: ReceivedWebhook) => void)[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const webhook = { headers: request.headers, body };
      received.push(webhook);
      waiting.shift()?.(webhook);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/tessera`,
    received,
    next: (timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no webhook within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((webhook) => {
          clearTimeout(timer);
          resolve(webhook);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
