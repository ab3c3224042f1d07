import type { ProductOutputPort } from '../products/product.query';
import { firstParam, type SearchParams } from '@/lib/search-params';

/** Which two versions of which port the page compares: from the URL, else the newest two of each port. */
export interface SchemaSelection {
  readonly portId: string;
  readonly from: number;
  readonly to: number;
}

/**
 * `?schemaPort=<port name>&from=1&to=3` picks a comparison (the compare form is a GET form,
 * so it works without JavaScript); without it, the port with versions compares its newest
 * two. Null when no port has two versions.
 */
export function schemaSelection(ports: readonly ProductOutputPort[], params: SearchParams): SchemaSelection | null {
  const requested = ports.find((port) => port.name === firstParam(params.schemaPort));
  const port = requested ?? ports.find((candidate) => candidate.schemaVersions.totalCount >= 2);
  if (!port || port.schemaVersions.nodes.length < 2) return null;
  const [newest, previous] = port.schemaVersions.nodes;
  const versions = new Set(port.schemaVersions.nodes.map((version) => version.version));
  const pick = (value: string | undefined, fallback: number) => {
    const number = Number(value);
    return Number.isInteger(number) && versions.has(number) ? number : fallback;
  };
  const from = requested ? pick(firstParam(params.from), previous!.version) : previous!.version;
  const to = requested ? pick(firstParam(params.to), newest!.version) : newest!.version;
  return { portId: port.id, from, to };
}
