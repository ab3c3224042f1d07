import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, TransportError, type GraphqlClient } from '../api-client';
import type { Io } from '../io';
import { applyCommand } from './apply';

function descriptor(id: string, consumes: string[] = []): string {
  const inputs = consumes
    .map((source, index) => `  - name: input-${index}\n    contractId: ${source}/events\n`)
    .join('');
  return `apiVersion: v1.0.0
kind: DataProduct
id: ${id}
name: ${id}
domain: orders
team:
  name: orders-team
outputPorts:
  - name: events
    x-tessera:
      kind: KAFKA_TOPIC
      location: { cluster: main, topic: ${id}.v1 }
${consumes.length > 0 ? `inputPorts:\n${inputs}` : ''}`;
}

/** Answers each apply with `answer(id)`, recording the order of the calls. */
function stubClient(answer: (id: string) => unknown) {
  const calls: string[] = [];
  const client: GraphqlClient = {
    request<Data>(_query: string, variables: Record<string, unknown>): Promise<Data> {
      const id = String((variables.input as { descriptor: { id: string } }).descriptor.id);
      calls.push(id);
      return new Promise<Data>((resolve) => resolve(answer(id) as Data));
    },
  };
  return { client, calls };
}

const unchanged = { applyDataProductDescriptor: { outcome: 'UNCHANGED', changes: [], dataProduct: null } };

describe('tessera apply', () => {
  let directory: string;
  let io: Io & { outLines: string[]; errLines: string[] };

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tessera-cli-'));
    const outLines: string[] = [];
    const errLines: string[] = [];
    io = { outLines, errLines, out: (line) => outLines.push(line), err: (line) => errLines.push(line) };
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('applies the files of a directory in dependency order and exits 0', async () => {
    await writeFile(join(directory, 'a-analytics.yaml'), descriptor('analytics', ['orders']));
    await writeFile(join(directory, 'b-orders.yml'), descriptor('orders'));
    await writeFile(join(directory, 'notes.txt'), 'not a descriptor');
    const { client, calls } = stubClient(() => unchanged);

    const code = await applyCommand({ target: directory, dryRun: false }, client, io);

    expect(code).toBe(0);
    expect(calls).toEqual(['orders', 'analytics']);
    expect(io.outLines).toEqual([
      '[1/2] orders: unchanged',
      '[2/2] analytics: unchanged',
      '2 descriptors: 0 created, 0 updated, 2 unchanged',
    ]);
  });

  it('sends nothing when one file is invalid, and exits 2 naming file, line and field', async () => {
    await writeFile(join(directory, 'orders.yaml'), descriptor('orders'));
    await writeFile(join(directory, 'broken.yaml'), descriptor('broken').replace('domain: orders', 'domain: Orders!'));
    const { client, calls } = stubClient(() => unchanged);

    const code = await applyCommand({ target: directory, dryRun: false }, client, io);

    expect(code).toBe(2);
    expect(calls).toEqual([]);
    expect(io.errLines[0]).toBe(
      `${join(directory, 'broken.yaml')}:5:9: domain: lowercase letters, digits and dashes, starting with a letter or digit, at most 63`,
    );
  });

  it('points an issue the server finds at its line, skips dependents and exits with the first failure', async () => {
    await writeFile(join(directory, 'a.yaml'), descriptor('orders', ['customers']));
    await writeFile(join(directory, 'b.yaml'), descriptor('analytics', ['orders']));
    await writeFile(join(directory, 'c.yaml'), descriptor('other'));
    const { client, calls } = stubClient((id) => {
      if (id === 'orders')
        throw new ApiError(
          'An input port consumes an output port that does not exist',
          'VALIDATION_FAILED',
          'LINEAGE_SOURCE_NOT_FOUND',
          [{ path: 'inputPorts.0.contractId', message: 'no product "customers" with an output port "events"' }],
        );
      return unchanged;
    });

    const code = await applyCommand({ target: directory, dryRun: false }, client, io);

    expect(code).toBe(2);
    expect(calls).toEqual(['orders', 'other']);
    expect(io.errLines).toEqual([
      '[1/3] orders: VALIDATION_FAILED LINEAGE_SOURCE_NOT_FOUND: An input port consumes an output port that does not exist',
      `    ${join(directory, 'a.yaml')}:15:17: inputPorts.0.contractId: no product "customers" with an output port "events"`,
      '[2/3] analytics: skipped: it depends on orders, which failed',
    ]);
    expect(io.outLines.at(-1)).toBe('3 descriptors: 0 created, 0 updated, 1 unchanged, 1 failed, 1 skipped');
  });

  it('exits 3 when the server refuses, and 1 and stops when it cannot be reached', async () => {
    await writeFile(join(directory, 'a.yaml'), descriptor('a'));
    await writeFile(join(directory, 'b.yaml'), descriptor('b'));
    const refused = stubClient(() => {
      throw new ApiError('Not allowed', 'FORBIDDEN', 'FORBIDDEN', []);
    });
    expect(await applyCommand({ target: directory, dryRun: false }, refused.client, io)).toBe(3);
    expect(refused.calls).toEqual(['a', 'b']);

    const down = stubClient(() => {
      throw new TransportError('cannot reach http://127.0.0.1:9/graphql: ECONNREFUSED');
    });
    expect(await applyCommand({ target: directory, dryRun: false }, down.client, io)).toBe(1);
    expect(down.calls).toEqual(['a']);
  });

  it('prints the changes of a dry run under its progress line', async () => {
    await writeFile(join(directory, 'orders.yaml'), descriptor('orders'));
    const { client } = stubClient(() => ({
      applyDataProductDescriptor: {
        outcome: 'UPDATED',
        changes: [{ path: 'name', kind: 'CHANGED', before: 'Orders', after: 'orders' }],
        dataProduct: { slug: 'orders' },
      },
    }));
    expect(await applyCommand({ target: join(directory, 'orders.yaml'), dryRun: true }, client, io)).toBe(0);
    expect(io.outLines).toEqual([
      '[1/1] orders: would update (1 change)',
      '    ~ name: "Orders" -> "orders"',
      'dry run: 1 descriptor: 0 to create, 1 to update, 0 unchanged',
    ]);
  });
});
