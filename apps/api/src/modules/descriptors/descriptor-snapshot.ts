import {
  isContractReference,
  ODPS_STATUS_TO_PRODUCT_STATUS,
  PORT_KINDS,
  PRODUCT_STATUS_TO_ODPS_STATUS,
  type AccessMode,
  type Classification,
  type DataProductDescriptor,
  type PortKind,
  type ProductStatus,
} from '@tessera/contracts';

/**
 * A data product as Tessera stores it, with references by slug: the common ground between a
 * descriptor (what the owner declares) and the rows (what the catalog holds). Both sides are
 * turned into a snapshot and back into a document the same way, so comparing two documents
 * compares exactly what would be stored.
 */
export type JsonObject = Record<string, unknown>;

export interface OutputPortSnapshot {
  readonly name: string;
  readonly description: string;
  readonly kind: PortKind;
  readonly location: JsonObject;
  /** Port fields Tessera does not model; unknown `x-tessera` fields under the `x-tessera` key. */
  readonly extensions: JsonObject;
  /** The port's ODCS contract document (stored in data_contracts, not on the port row); null: none. */
  readonly contract?: JsonObject | null;
}

export interface InputPortSnapshot {
  readonly name: string;
  readonly description: string;
  /** `<product slug>/<port name>` of the consumed output port. */
  readonly contractId: string;
  readonly extensions: JsonObject;
}

export interface ProductSnapshot {
  readonly slug: string;
  readonly name: string;
  readonly domainSlug: string;
  readonly teamSlug: string;
  readonly status: ProductStatus;
  readonly purpose: string;
  readonly usage: string;
  readonly limitations: string;
  readonly tags: readonly string[];
  readonly classification: Classification;
  readonly accessMode: AccessMode;
  readonly supportLinks: readonly JsonObject[];
  /** ISO 8601 in UTC with milliseconds, as the database gives it back. */
  readonly sunsetAt: string | null;
  readonly replacementSlug: string | null;
  /**
   * Unknown top-level fields, plus unknown fields of `description`, `team` and `x-tessera`
   * under those keys (a descriptor cannot have unknown top-level fields with those names),
   * and `apiVersion` when it is not the default.
   */
  readonly extensions: JsonObject;
  /** Sorted by name: port order carries no meaning, so reordering is not a change. */
  readonly outputPorts: readonly OutputPortSnapshot[];
  readonly inputPorts: readonly InputPortSnapshot[];
}

export const DEFAULT_API_VERSION = 'v1.0.0';
const DEFAULT_CLASSIFICATION: Classification = 'INTERNAL';
const DEFAULT_ACCESS_MODE: AccessMode = 'APPROVAL_REQUIRED';

const KNOWN = {
  product: [
    'apiVersion',
    'kind',
    'id',
    'name',
    'status',
    'domain',
    'description',
    'tags',
    'team',
    'inputPorts',
    'outputPorts',
    'support',
    'x-tessera',
  ],
  description: ['purpose', 'usage', 'limitations'],
  team: ['name'],
  productTessera: ['classification', 'accessMode', 'sunsetAt', 'replacement'],
  outputPort: ['name', 'description', 'x-tessera', 'contract'],
  portTessera: ['kind', 'location'],
  inputPort: ['name', 'description', 'contractId'],
  support: ['channel', 'url', 'tool', 'description'],
} as const;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same value with every object's keys sorted, so JSON storage order never shows. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeysDeep(value[key])]),
  );
}

/** The fields of `source` not in `known`, keys sorted. */
function unknownFields(source: JsonObject | undefined, known: readonly string[]): JsonObject {
  if (!source) return {};
  const rest: JsonObject = {};
  for (const key of Object.keys(source).sort()) {
    if (!known.includes(key) && source[key] !== undefined) rest[key] = sortKeysDeep(source[key]);
  }
  return rest;
}

/** `fields` as they are, plus `nested` under `key` when it has anything. */
function withNested(fields: JsonObject, key: string, nested: JsonObject): JsonObject {
  return Object.keys(nested).length > 0 ? { ...fields, [key]: nested } : fields;
}

function objectAt(source: JsonObject, key: string): JsonObject {
  const value = source[key];
  return isPlainObject(value) ? value : {};
}

/** A support link with its known fields first, in the standard's order. */
function orderedSupportLink(link: JsonObject): JsonObject {
  const ordered: JsonObject = {};
  for (const key of KNOWN.support) if (link[key] !== undefined) ordered[key] = link[key];
  return { ...ordered, ...unknownFields(link, KNOWN.support) };
}

function orderedLocation(kind: PortKind, location: JsonObject): JsonObject {
  const keys = Object.keys(PORT_KINDS[kind].location.shape);
  return Object.fromEntries(keys.filter((key) => location[key] !== undefined).map((key) => [key, location[key]]));
}

export function normaliseInstant(value: string | Date): string {
  return new Date(value).toISOString();
}

const byName = <Port extends { name: string }>(left: Port, right: Port) =>
  left.name < right.name ? -1 : left.name > right.name ? 1 : 0;

/** What a (validated) descriptor declares, with the defaults an omitted field stands for. */
export function snapshotFromDescriptor(descriptor: DataProductDescriptor): ProductSnapshot {
  const document = descriptor as JsonObject;
  const description = objectAt(document, 'description');
  const tessera = descriptor['x-tessera'];
  let extensions = unknownFields(document, KNOWN.product);
  if (descriptor.apiVersion !== DEFAULT_API_VERSION) extensions.apiVersion = descriptor.apiVersion;
  extensions = withNested(extensions, 'description', unknownFields(description, KNOWN.description));
  extensions = withNested(extensions, 'team', unknownFields(descriptor.team, KNOWN.team));
  extensions = withNested(extensions, 'x-tessera', unknownFields(tessera, KNOWN.productTessera));

  return {
    slug: descriptor.id,
    name: descriptor.name,
    domainSlug: descriptor.domain,
    teamSlug: descriptor.team.name,
    status: ODPS_STATUS_TO_PRODUCT_STATUS[descriptor.status] ?? 'DRAFT',
    purpose: descriptor.description?.purpose ?? '',
    usage: descriptor.description?.usage ?? '',
    limitations: descriptor.description?.limitations ?? '',
    tags: descriptor.tags ?? [],
    classification: tessera?.classification ?? DEFAULT_CLASSIFICATION,
    accessMode: tessera?.accessMode ?? DEFAULT_ACCESS_MODE,
    supportLinks: (descriptor.support ?? []).map((link) => orderedSupportLink(link as JsonObject)),
    sunsetAt: tessera?.sunsetAt ? normaliseInstant(tessera.sunsetAt) : null,
    replacementSlug: tessera?.replacement ?? null,
    extensions,
    outputPorts: (descriptor.outputPorts ?? [])
      .map((port) => ({
        name: port.name,
        description: port.description ?? '',
        kind: port['x-tessera'].kind,
        location: orderedLocation(port['x-tessera'].kind, port['x-tessera'].location),
        extensions: withNested(
          unknownFields(port as JsonObject, KNOWN.outputPort),
          'x-tessera',
          unknownFields(port['x-tessera'], KNOWN.portTessera),
        ),
        // A reference is resolved by the CLI before sending; the service refuses one left unresolved.
        contract: port.contract && !isContractReference(port.contract) ? (port.contract as JsonObject) : null,
      }))
      .sort(byName),
    inputPorts: (descriptor.inputPorts ?? [])
      .map((port) => ({
        name: port.name,
        description: port.description ?? '',
        contractId: port.contractId,
        extensions: unknownFields(port as JsonObject, KNOWN.inputPort),
      }))
      .sort(byName),
  };
}

/** Adds the non-empty strings among `fields` to `target`, in the given order. */
function putTexts(target: JsonObject, fields: [string, string][]): void {
  for (const [key, value] of fields) if (value !== '') target[key] = value;
}

/**
 * The ODPS document for a snapshot, keys in a stable order: the standard's fields first, in
 * the standard's order, then unknown fields sorted. Empty optional parts are left out; the
 * defaults a descriptor may omit (classification, access mode) are written out.
 */
export function descriptorFromSnapshot(
  snapshot: ProductSnapshot,
  options: { withLocations: boolean } = { withLocations: true },
): JsonObject {
  const { apiVersion, description, team, 'x-tessera': tessera, ...rest } = snapshot.extensions;
  const document: JsonObject = {
    apiVersion: typeof apiVersion === 'string' ? apiVersion : DEFAULT_API_VERSION,
    kind: 'DataProduct',
    id: snapshot.slug,
    name: snapshot.name,
    status: PRODUCT_STATUS_TO_ODPS_STATUS[snapshot.status],
    domain: snapshot.domainSlug,
  };
  const descriptionPart: JsonObject = {};
  putTexts(descriptionPart, [
    ['purpose', snapshot.purpose],
    ['usage', snapshot.usage],
    ['limitations', snapshot.limitations],
  ]);
  Object.assign(descriptionPart, sortKeysDeep(isPlainObject(description) ? description : {}));
  if (Object.keys(descriptionPart).length > 0) document.description = descriptionPart;
  if (snapshot.tags.length > 0) document.tags = [...snapshot.tags];
  document.team = { name: snapshot.teamSlug, ...(sortKeysDeep(isPlainObject(team) ? team : {}) as JsonObject) };
  if (snapshot.inputPorts.length > 0) {
    document.inputPorts = [...snapshot.inputPorts].sort(byName).map((port) => {
      const entry: JsonObject = { name: port.name };
      putTexts(entry, [['description', port.description]]);
      entry.contractId = port.contractId;
      return { ...entry, ...(sortKeysDeep(port.extensions) as JsonObject) };
    });
  }
  if (snapshot.outputPorts.length > 0) {
    document.outputPorts = [...snapshot.outputPorts].sort(byName).map((port) => {
      const { 'x-tessera': portTessera, ...portRest } = port.extensions;
      const entry: JsonObject = { name: port.name };
      putTexts(entry, [['description', port.description]]);
      Object.assign(entry, sortKeysDeep(portRest));
      entry['x-tessera'] = {
        kind: port.kind,
        // Locations are connection details: left out for readers who may not see them.
        ...(options.withLocations ? { location: orderedLocation(port.kind, port.location) } : {}),
        ...(sortKeysDeep(isPlainObject(portTessera) ? portTessera : {}) as JsonObject),
      };
      if (port.contract) entry.contract = port.contract;
      return entry;
    });
  }
  if (snapshot.supportLinks.length > 0) document.support = snapshot.supportLinks.map(orderedSupportLink);
  const tesseraPart: JsonObject = { classification: snapshot.classification, accessMode: snapshot.accessMode };
  if (snapshot.sunsetAt) tesseraPart.sunsetAt = normaliseInstant(snapshot.sunsetAt);
  if (snapshot.replacementSlug) tesseraPart.replacement = snapshot.replacementSlug;
  document['x-tessera'] = { ...tesseraPart, ...(sortKeysDeep(isPlainObject(tessera) ? tessera : {}) as JsonObject) };
  return { ...document, ...(sortKeysDeep(rest) as JsonObject) };
}
