/**
 * Differential test: every corpus pair is checked by the engine and by the real registry
 * (Apicurio's Confluent-compatible API) in the same run. The engine must give the corpus's
 * verdict (the Confluent registry's semantics); the registry must give it too, unless the
 * corpus records that Apicurio departs from those semantics, and then exactly what it records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCompatibility, type SchemaFormat } from '../../src/modules/schemas/compatibility';
import { serviceEnvironment, uniqueSuffix } from '../support/environment';
import { CORPUS, type CorpusEntry, type Verdict } from './corpus';

const HEADERS = { 'content-type': 'application/vnd.schemaregistry.v1+json' };
const PARALLEL_SUBJECTS = 12;

type RegistryVerdict = Verdict | 'error';
interface RegistryOutcome {
  readonly verdict: RegistryVerdict;
  readonly detail: string;
}

class Registry {
  constructor(private readonly baseUrl: string) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text };
  }

  /** Registers the previous versions under a fresh subject, sets the mode and asks the registry. */
  async verdictFor(entry: CorpusEntry, subject: string): Promise<RegistryOutcome> {
    const path = encodeURIComponent(subject);
    for (const schema of entry.previous) {
      const registered = await this.call('POST', `/subjects/${path}/versions`, payload(entry.format, schema));
      if (registered.status !== 200)
        return { verdict: 'error', detail: `register: ${registered.status} ${registered.text}` };
    }
    const configured = await this.call('PUT', `/config/${path}`, { compatibility: entry.mode });
    if (configured.status !== 200)
      return { verdict: 'error', detail: `config: ${configured.status} ${configured.text}` };
    // Apicurio checks `/versions/latest` against the latest version only, whatever the mode, and
    // `/versions` against every version one by one: the latter is what *_TRANSITIVE means.
    const target = entry.mode.endsWith('_TRANSITIVE') ? 'versions' : 'versions/latest';
    const checked = await this.call(
      'POST',
      `/compatibility/subjects/${path}/${target}?verbose=true`,
      payload(entry.format, entry.candidate),
    );
    const answer = checked.json as { is_compatible?: unknown } | undefined;
    if (checked.status !== 200 || typeof answer?.is_compatible !== 'boolean') {
      return { verdict: 'error', detail: `check: ${checked.status} ${checked.text}` };
    }
    return { verdict: answer.is_compatible ? 'compatible' : 'incompatible', detail: checked.text };
  }

  async deleteSubject(subject: string): Promise<void> {
    const path = encodeURIComponent(subject);
    await this.call('DELETE', `/subjects/${path}`);
    await this.call('DELETE', `/subjects/${path}?permanent=true`);
  }
}

function payload(format: SchemaFormat, schema: string): { schemaType?: string; schema: string } {
  return format === 'AVRO' ? { schema } : { schemaType: format, schema };
}

async function inParallel<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item, index: number) => Promise<Result>,
) {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as Item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

describe('compatibility engine against the schema registry', () => {
  const registry = new Registry(serviceEnvironment().schemaRegistryUrl);
  const run = uniqueSuffix();
  let outcomes: RegistryOutcome[] = [];

  const subjects: string[] = [];

  beforeAll(async () => {
    outcomes = await inParallel(CORPUS, PARALLEL_SUBJECTS, async (entry, index) => {
      // The in-memory registry sometimes fails a write when subjects sharing content are
      // written at once (a 500 from its database); such a failure is retried on a new subject.
      let outcome: RegistryOutcome = { verdict: 'error', detail: 'not run' };
      for (let attempt = 0; attempt < 3 && outcome.verdict === 'error'; attempt++) {
        const subject = `compat-test-${run}-${index}-${attempt}`;
        subjects.push(subject);
        outcome = await registry.verdictFor(entry, subject);
      }
      return outcome;
    });
  }, 120_000);

  afterAll(async () => {
    // Deleted after every check has run: deleting while other subjects register the same
    // content is what upsets the in-memory registry.
    await inParallel(subjects, 4, (subject) => registry.deleteSubject(subject));
    const deviations = CORPUS.filter((entry) => entry.apicurioDeviation).length;
    console.info(
      `differential: ${CORPUS.length} pairs, ${CORPUS.length - deviations} agreements, ${deviations} recorded Apicurio deviations`,
    );
  });

  it('has a corpus of at least 150 pairs across the three formats, with unique names', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((entry) => entry.format))).toEqual(new Set(['AVRO', 'JSON', 'PROTOBUF']));
    expect(new Set(CORPUS.map((entry) => entry.name)).size).toBe(CORPUS.length);
  });

  it('records a deviation only where Apicurio answers differently from the expected verdict', () => {
    const pointless = CORPUS.filter((entry) => entry.apicurioDeviation?.registryVerdict === entry.expected);
    expect(pointless.map((entry) => entry.name)).toEqual([]);
  });

  it.each(CORPUS.map((entry, index) => [entry.name, entry, index] as const))('%s', (_name, entry, index) => {
    const engine = checkCompatibility({
      format: entry.format,
      mode: entry.mode,
      existing: entry.previous,
      candidate: entry.candidate,
    });
    const outcome = outcomes[index] as RegistryOutcome;
    expect({ engine: engine.compatible ? 'compatible' : 'incompatible', changes: engine.changes }).toMatchObject({
      engine: entry.expected,
    });
    const registryExpected = entry.apicurioDeviation?.registryVerdict ?? entry.expected;
    expect({ registry: outcome.verdict, detail: outcome.detail }).toMatchObject({ registry: registryExpected });
  });
});
