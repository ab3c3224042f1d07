import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { uniqueSuffix } from '../support/environment';
import { HttpReceiver, SmtpReceiver, type SlackMessage } from '../notifications/receivers';
import { FreshnessWorld, sleep } from './freshness-world';

/**
 * Acceptance 1 of the freshness issue through the other two channel kinds: the same breach
 * and recovery of a push-checked port reach a Slack incoming webhook (blocks) and a mailbox
 * (SMTP), once each, with nothing sent in between.
 */
describe('freshness alerts through Slack-format and email channels', () => {
  const world = new FreshnessWorld();
  let slack: HttpReceiver;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    slack = await HttpReceiver.start();
    smtp = await SmtpReceiver.start();
    await world.start('freshness_channels', {
      overrides: { SMTP_URL: smtp.url, SMTP_FROM: 'tessera@example.com' },
    });
    for (const input of [
      { kind: 'SLACK', url: slack.url('/slack') },
      { kind: 'EMAIL', recipients: ['oncall@example.com'] },
    ]) {
      const response = await world.admin.graphql(
        `mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { notificationChannel { id } } }`,
        { input: { teamId: world.teamId, name: `${input.kind.toLowerCase()}-${uniqueSuffix()}`, ...input } },
      );
      expect(response.body.errors).toBeUndefined();
    }
    await world.startWorker();
  });

  afterAll(async () => {
    await world.stop();
    await slack?.close();
    await smtp?.close();
  });

  /** Messages as a receiver dropping repeats by idempotency key sees them, oldest first. */
  const slackMessages = () => {
    const unique = new Map<string, SlackMessage>();
    for (const request of slack.requestsTo('/slack')) {
      unique.set(String(request.headers['idempotency-key']), JSON.parse(request.body) as SlackMessage);
    }
    return [...unique.values()];
  };
  const mails = () => {
    const unique = new Map<string, (typeof smtp.messages)[number]>();
    for (const mail of smtp.messages) unique.set(mail.headers.get('x-tessera-idempotency-key') as string, mail);
    return [...unique.values()];
  };

  it('a push-checked port that goes stale posts one Slack breach and one email, then one recovery each', async () => {
    const product = await world.prisma.dataProduct.findUniqueOrThrow({ where: { id: world.productId } });
    const port = await world.factories.outputPort(world.productId);
    const token = await world.factories.apiToken({ teamId: world.teamId }, ['freshness:report']);
    const objective = await world.setObjective({
      portId: port.id,
      warnAfter: '2',
      errorAfter: '4',
      intervalSeconds: 1,
      recoveryHoldSeconds: 2,
      check: { kind: 'PUSH' },
    });
    const heartbeat = () => world.heartbeat(port.id, token);
    const subject = `${product.name} / ${port.name}`;

    // Fresh, then production stops.
    await heartbeat();
    await eventually(
      () => world.prisma.freshnessObjective.findUniqueOrThrow({ where: { id: objective.id } }),
      (stored) => stored.status === 'HEALTHY',
      { timeoutMs: 20_000 },
    );
    expect(slackMessages()).toHaveLength(0);
    await eventually(
      () => Promise.resolve([slackMessages().length, mails().length]),
      ([posted, mailed]) => posted === 1 && mailed === 1,
      { timeoutMs: 20_000 },
    );
    await sleep(2_500); // more checks while breached: nothing more is sent
    expect(slackMessages()).toHaveLength(1);
    expect(mails()).toHaveLength(1);

    const [breach] = slackMessages();
    expect(breach!.text).toMatch(new RegExp(`^🔴 ${escape(subject)} is stale: `));
    expect(breach!.blocks[0]).toMatchObject({ type: 'header', text: { text: breach!.text } });
    expect(breach!.blocks.find((block) => block.fields)?.fields?.[0]?.text).toBe(`*Product*\n${product.name}`);
    expect(breach!.blocks.find((block) => block.type === 'actions')?.elements?.[0]?.url).toBe(
      `${world.config.portalUrl}/products/${product.slug}`,
    );
    const [breachMail] = mails();
    expect(breachMail!.subject).toMatch(new RegExp(`^\\[Tessera\\] ${escape(subject)} is stale: `));
    expect(breachMail!.to).toMatchObject({ text: 'oncall@example.com' });
    expect(breachMail!.text).toContain('🔴 Freshness objective breached');
    expect(breachMail!.text).toContain('Objective: warn after 2 s, breach after 4 s');
    expect(breachMail!.text).toContain(`Open in Tessera: ${world.config.portalUrl}/products/${product.slug}`);

    // Production resumes: one recovery on each channel once the recovery has held.
    let running = true;
    const producing = (async () => {
      while (running) {
        await heartbeat();
        await sleep(400);
      }
    })();
    try {
      await eventually(
        () => Promise.resolve([slackMessages().length, mails().length]),
        ([posted, mailed]) => posted === 2 && mailed === 2,
        { timeoutMs: 20_000 },
      );
    } finally {
      running = false;
      await producing;
    }
    await sleep(1_500);
    expect(slackMessages().map((message) => message.text)).toEqual([breach!.text, `✅ ${subject} is fresh again`]);
    expect(mails().map((mail) => mail.subject)).toEqual([breachMail!.subject, `[Tessera] ${subject} is fresh again`]);
    expect(await world.prisma.incident.findMany({ where: { objectiveId: objective.id } })).toMatchObject([
      { kind: 'BREACH', status: 'RESOLVED' },
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
