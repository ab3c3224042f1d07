import { DEMO_PASSWORD } from './portal';

/** The demo stack's API (set by the global setup, or by hand with TESSERA_DEMO_API_URL). */
export function demoApiUrl(): string {
  const url = process.env.TESSERA_DEMO_API_URL;
  if (!url) throw new Error('TESSERA_DEMO_API_URL is not set: these tests change data through the demo API');
  return url;
}

/** GraphQL as a demo user, through the API, as a CLI or a pipeline of that team would call it. */
export type DemoGraphQL = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<T>;

export async function demoApiAs(email: string): Promise<DemoGraphQL> {
  const endpoint = `${demoApiUrl()}/graphql`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { csrfToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const signedIn = (await response.json()) as { data: { signIn: { csrfToken: string } } };
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith('tessera_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`${email} could not sign in at ${endpoint}`);
  return async (query, variables = {}) => {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': signedIn.data.signIn.csrfToken },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await answer.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${email}: ${body.errors[0]!.message}`);
    return body.data as never;
  };
}

/** The id of a product's output port, by names. */
export async function portIdOf(graphql: DemoGraphQL, slug: string, portName: string): Promise<string> {
  const { dataProduct } = await graphql<{ dataProduct: { outputPorts: { id: string; name: string }[] } }>(
    'query($slug: String!) { dataProduct(slug: $slug) { outputPorts { id name } } }',
    { slug },
  );
  const port = dataProduct.outputPorts.find((candidate) => candidate.name === portName);
  if (!port) throw new Error(`no port ${slug}/${portName}`);
  return port.id;
}

/**
 * Ends every pending or approved subscription of `teamSlug` to a port, so a test can ask
 * again: the consumer revokes approved ones, the owner rejects pending ones.
 */
export async function endSubscriptions(options: {
  consumer: string;
  owner: string;
  teamSlug: string;
  portId: string;
  reason: string;
}): Promise<void> {
  const consumer = await demoApiAs(options.consumer);
  const { team } = await consumer<{
    team: { subscriptions: { nodes: { id: string; status: string; port: { id: string } }[] } };
  }>(
    'query($slug: String!) { team(slug: $slug) { subscriptions(first: 100, statuses: [PENDING, APPROVED]) { nodes { id status port { id } } } } }',
    { slug: options.teamSlug },
  );
  for (const subscription of team.subscriptions.nodes.filter((node) => node.port.id === options.portId)) {
    if (subscription.status === 'APPROVED') {
      await consumer(
        'mutation($input: RevokeSubscriptionInput!) { revokeSubscription(input: $input) { subscription { id } } }',
        {
          input: { id: subscription.id, reason: options.reason },
        },
      );
    } else {
      await (
        await demoApiAs(options.owner)
      )('mutation($input: RejectSubscriptionInput!) { rejectSubscription(input: $input) { subscription { id } } }', {
        input: { id: subscription.id, reason: options.reason },
      });
    }
  }
}
