import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApplication } from '../../src/bootstrap';
import type { AppConfig } from '../../src/config/app-config';

export interface GraphqlResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Record<string, unknown>;
  cookies: { name: string; value: string; httpOnly?: boolean; sameSite?: string; path?: string; expires?: Date }[];
  body: { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** An API application under test, answering over Fastify's in-process injection. */
export class TestApi {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(config: AppConfig): Promise<TestApi> {
    const app = await createApiApplication(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApi(app);
  }

  async graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<Data>> {
    const response = await this.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: { query, variables },
    });
    return { status: response.statusCode, headers: response.headers, body: response.json(), cookies: response.cookies };
  }

  /** The same, as the holder of an API token. */
  as(token: string) {
    return {
      graphql: <Data = Record<string, unknown>>(
        query: string,
        variables?: Record<string, unknown>,
        headers: Record<string, string> = {},
      ) => this.graphql<Data>(query, variables, { ...headers, authorization: `Bearer ${token}` }),
    };
  }

  async get(url: string): Promise<{ status: number; body: unknown }> {
    const response = await this.app.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json() };
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
