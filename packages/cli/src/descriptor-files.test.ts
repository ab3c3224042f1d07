import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localProblems, readDescriptorFiles } from './descriptor-files';

function descriptor(contract: string): string {
  return `apiVersion: v1.0.0
kind: DataProduct
id: orders
name: Orders
domain: orders
team: { name: orders-team }
outputPorts:
  - name: events
    x-tessera: { kind: KAFKA_TOPIC, location: { cluster: main, topic: orders.v1 } }
    contract: ${contract}
`;
}

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
description:
  usage: Join on order_id.
x-custom: kept
`;

describe('contract references in descriptor files', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'tessera-contracts-'));
    await mkdir(join(directory, 'contracts'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('embeds the referenced contract, read relative to the descriptor, before sending', async () => {
    await writeFile(join(directory, 'contracts', 'orders.odcs.yaml'), CONTRACT);
    await writeFile(join(directory, 'orders.yaml'), descriptor('{ $ref: ./contracts/orders.odcs.yaml }'));
    const [file] = await readDescriptorFiles(directory);
    expect(file?.ok).toBe(true);
    if (!file?.ok) return;
    const [port] = file.document.outputPorts as { contract: unknown }[];
    expect(port?.contract).toEqual({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      description: { usage: 'Join on order_id.' },
      'x-custom': 'kept',
    });
  });

  it('reads a *.json contract as JSON', async () => {
    await writeFile(join(directory, 'contracts', 'orders.odcs.json'), JSON.stringify({ 'x-custom': 1 }));
    await writeFile(join(directory, 'orders.yaml'), descriptor('{ $ref: contracts/orders.odcs.json }'));
    const [file] = await readDescriptorFiles(join(directory, 'orders.yaml'));
    expect(file?.ok && file.document.outputPorts).toEqual([expect.objectContaining({ contract: { 'x-custom': 1 } })]);
  });

  it('reports a problem in the contract file against that file, with its line', async () => {
    const contractFile = join(directory, 'contracts', 'orders.odcs.yaml');
    await writeFile(
      contractFile,
      `schema:\n  - name: orders\n    properties:\n      - name: id\n        logicalType: uuid\n`,
    );
    await writeFile(join(directory, 'orders.yaml'), descriptor('{ $ref: ./contracts/orders.odcs.yaml }'));
    const problems = localProblems(await readDescriptorFiles(directory));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${contractFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:22: schema\\[0\\]\\.properties\\[0\\]\\.logicalType: `,
        ),
      ),
    ]);
  });

  it('reports a missing contract file at the reference in the descriptor', async () => {
    await writeFile(join(directory, 'orders.yaml'), descriptor('{ $ref: ./contracts/missing.odcs.yaml }'));
    const problems = localProblems(await readDescriptorFiles(directory));
    expect(problems).toEqual([
      expect.stringMatching(
        /orders\.yaml:10:\d+: outputPorts\.0\.contract\.\$ref: cannot read the contract file .*missing\.odcs\.yaml$/,
      ),
    ]);
  });

  it('does not take contract files beside the descriptors for descriptors', async () => {
    await writeFile(join(directory, 'orders.odcs.yaml'), CONTRACT);
    await writeFile(join(directory, 'orders.yaml'), descriptor('{ $ref: orders.odcs.yaml }'));
    const files = await readDescriptorFiles(directory);
    expect(files.map((file) => file.path)).toEqual([join(directory, 'orders.yaml')]);
    expect(localProblems(files)).toEqual([]);
  });
});
