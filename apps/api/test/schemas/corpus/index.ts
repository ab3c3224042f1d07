import { AVRO_CORPUS } from './avro.corpus';
import type { CorpusEntry } from './corpus.types';
import { JSON_CORPUS } from './json.corpus';
import { PROTOBUF_CORPUS } from './protobuf.corpus';

export type { ApicurioDeviation, CorpusEntry, Verdict } from './corpus.types';

export const CORPUS: readonly CorpusEntry[] = [...AVRO_CORPUS, ...JSON_CORPUS, ...PROTOBUF_CORPUS];
