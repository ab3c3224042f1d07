import type { FastifyReply } from 'fastify';

/**
 * A request refused at the HTTP layer, before GraphQL parses it. The body has the shape of a
 * GraphQL error response (no `data`, since nothing ran), so GraphQL clients read the code
 * where they read every other one: `errors[0].extensions.code`.
 */
export interface HttpRefusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly details?: Readonly<Record<string, unknown>>;
}

export const refusal = (
  status: number,
  code: string,
  message: string,
  extra: Pick<HttpRefusal, 'headers' | 'details'> = {},
): HttpRefusal => ({ status, code, message, ...extra });

export function sendRefusal(reply: FastifyReply, refused: HttpRefusal): FastifyReply {
  for (const [name, value] of Object.entries(refused.headers ?? {})) void reply.header(name, value);
  return reply
    .code(refused.status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message: refused.message, extensions: { code: refused.code, ...refused.details } }] });
}
