import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import {
  ACCESS_MODES,
  CLASSIFICATIONS,
  PORT_KINDS,
  PORT_KIND_NAMES,
  slugSchema,
  supportLinkSchema,
  tagSchema,
  type PortKind,
  type ProductStatus,
} from './catalog';
import { dataContractSchema, type DataContractDocument } from './odcs';

/**
 * A data product as YAML in its team's repository, in the shape of the Open Data Product
 * Standard v1 (apiVersion, kind, id, name, status, domain, description, tags, team,
 * inputPorts, outputPorts, support) with an `x-tessera` extension for what the standard
 * lacks. Every object is open: fields Tessera does not model are kept, so `export` after
 * `apply` gives the same document back.
 */
export const DESCRIPTOR_API_VERSIONS = ['v1.0.0', 'v1'] as const;

/** ODPS statuses and Tessera's lifecycle, both ways. */
export const ODPS_STATUS_TO_PRODUCT_STATUS: Readonly<Record<string, ProductStatus>> = {
  proposed: 'DRAFT',
  draft: 'DRAFT',
  active: 'PUBLISHED',
  deprecated: 'DEPRECATED',
  retired: 'RETIRED',
};
export const PRODUCT_STATUS_TO_ODPS_STATUS: Readonly<Record<ProductStatus, string>> = {
  DRAFT: 'draft',
  PUBLISHED: 'active',
  DEPRECATED: 'deprecated',
  RETIRED: 'retired',
};

/** A port's kind and its location, checked against that kind's own location schema. */
const portTesseraSchema = z
  .object({ kind: z.enum(PORT_KIND_NAMES as [PortKind, ...PortKind[]]), location: z.record(z.string(), z.unknown()) })
  .loose()
  .superRefine((value, context) => {
    const result = PORT_KINDS[value.kind].location.safeParse(value.location);
    if (result.success) return;
    for (const issue of result.error.issues)
      context.addIssue({ code: 'custom', path: ['location', ...issue.path], message: issue.message });
  });

/** A port's contract kept in its own file, resolved by the CLI relative to the descriptor before sending. */
export const contractReferenceSchema = z.object({ $ref: z.string().min(1).max(1000) }).strict();
export type ContractReference = z.infer<typeof contractReferenceSchema>;

export function isContractReference(value: unknown): value is ContractReference {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$ref' in value;
}

/** An ODCS contract embedded in the port, or a reference to a contract file. */
const portContractSchema = z.custom<DataContractDocument | ContractReference>().superRefine((value, context) => {
  const result = (isContractReference(value) ? contractReferenceSchema : dataContractSchema).safeParse(value);
  if (!result.success)
    for (const issue of result.error.issues)
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export const descriptorOutputPortSchema = z
  .object({
    name: slugSchema,
    description: z.string().max(2000).optional(),
    type: z.string().max(50).optional(),
    version: z.string().max(50).optional(),
    'x-tessera': portTesseraSchema,
    contract: portContractSchema.optional(),
  })
  .loose();

/** `contractId` names the consumed output port as `<product id>/<port name>`. */
export const descriptorInputPortSchema = z
  .object({
    name: slugSchema,
    description: z.string().max(2000).optional(),
    version: z.string().max(50).optional(),
    contractId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}\/[a-z0-9][a-z0-9-]{0,62}$/, 'the consumed port as <product id>/<port name>'),
  })
  .loose();

export const dataProductDescriptorSchema = z
  .object({
    apiVersion: z.enum(DESCRIPTOR_API_VERSIONS),
    kind: z.literal('DataProduct'),
    id: slugSchema,
    name: z.string().min(1).max(200),
    status: z.enum(Object.keys(ODPS_STATUS_TO_PRODUCT_STATUS) as [string, ...string[]]).default('draft'),
    domain: slugSchema,
    description: z
      .object({
        purpose: z.string().max(10_000).optional(),
        usage: z.string().max(10_000).optional(),
        limitations: z.string().max(10_000).optional(),
      })
      .loose()
      .optional(),
    tags: z.array(tagSchema).max(50).optional(),
    team: z.object({ name: slugSchema }).loose(),
    inputPorts: z.array(descriptorInputPortSchema).max(100).optional(),
    outputPorts: z.array(descriptorOutputPortSchema).max(100).optional(),
    support: z.array(supportLinkSchema).max(20).optional(),
    'x-tessera': z
      .object({
        classification: z.enum(CLASSIFICATIONS).optional(),
        accessMode: z.enum(ACCESS_MODES).optional(),
        sunsetAt: z.iso.datetime({ offset: true }).optional(),
        replacement: slugSchema.optional(),
      })
      .loose()
      .optional(),
  })
  .loose()
  .superRefine((descriptor, context) => {
    const seen = new Set<string>();
    for (const [index, port] of (descriptor.outputPorts ?? []).entries()) {
      if (seen.has(port.name))
        context.addIssue({
          code: 'custom',
          path: ['outputPorts', index, 'name'],
          message: `duplicate output port name "${port.name}"`,
        });
      seen.add(port.name);
    }
    const inputNames = new Set<string>();
    const consumed = new Set<string>();
    for (const [index, port] of (descriptor.inputPorts ?? []).entries()) {
      if (inputNames.has(port.name))
        context.addIssue({
          code: 'custom',
          path: ['inputPorts', index, 'name'],
          message: `duplicate input port name "${port.name}"`,
        });
      inputNames.add(port.name);
      if (consumed.has(port.contractId))
        context.addIssue({
          code: 'custom',
          path: ['inputPorts', index, 'contractId'],
          message: `port ${port.contractId} is consumed twice`,
        });
      consumed.add(port.contractId);
      if (port.contractId.startsWith(`${descriptor.id}/`))
        context.addIssue({
          code: 'custom',
          path: ['inputPorts', index, 'contractId'],
          message: 'a product cannot consume its own port',
        });
    }
    const extension = descriptor['x-tessera'];
    if (extension?.replacement === descriptor.id)
      context.addIssue({
        code: 'custom',
        path: ['x-tessera', 'replacement'],
        message: 'a product cannot replace itself',
      });
    // Deprecation tells consumers when the product goes away; without a date it says nothing.
    if (descriptor.status === 'deprecated' && !extension?.sunsetAt)
      context.addIssue({
        code: 'custom',
        path: ['x-tessera', 'sunsetAt'],
        message: 'a deprecated product needs a sunset date',
      });
  });

export type DataProductDescriptor = z.infer<typeof dataProductDescriptorSchema>;

export interface DescriptorIssue {
  /** Dotted path into the document, such as outputPorts.0.x-tessera.location.topic. */
  readonly path: string;
  readonly message: string;
  /** 1-based, where the source text is known. */
  readonly line?: number;
  readonly column?: number;
}

export type DescriptorParseResult =
  | { ok: true; descriptor: DataProductDescriptor; document: Record<string, unknown> }
  | { ok: false; issues: DescriptorIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Validates an already-parsed document (what the API receives as JSON). */
export function validateDescriptor(document: unknown): DescriptorParseResult {
  const parsed = dataProductDescriptorSchema.safeParse(document);
  if (parsed.success) return { ok: true, descriptor: parsed.data, document: document as Record<string, unknown> };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** The YAML node at a path (keys and list indexes), or the deepest existing parent on the way. */
export function yamlNodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  let deepest = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      node = (pair?.value as Node | null) ?? (pair?.key as Node | null) ?? null;
    } else if (isSeq(node)) {
      node = (node.items[Number(key)] as Node | null) ?? null;
    } else {
      node = null;
    }
    if (!node) break;
    deepest = node;
  }
  return node ?? deepest;
}

/**
 * Where a dotted path (as in a DescriptorIssue from the API) sits in YAML text, so issues the
 * server finds can point at the line too; the nearest existing parent when the field is missing.
 */
export function locateDescriptorPath(text: string, path: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const node = yamlNodeAt(document.contents, path === '' ? [] : path.split('.'));
  if (!node?.range) return undefined;
  const position = lineCounter.linePos(node.range[0]);
  return { line: position.line, column: position.col };
}

/**
 * A parsed document's value. The yaml library refuses alias bombs (and the like) by throwing
 * from `toJS`, not as a document error: that becomes an issue at the root.
 */
export function yamlValue(
  document: Document,
): { ok: true; value: unknown } | { ok: false; issue: { path: string; message: string } } {
  try {
    return { ok: true, value: document.toJS() };
  } catch (error) {
    return { ok: false, issue: { path: '', message: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Parses YAML text and validates it, giving every problem its path and, where the text has
 * it, the line and column, so a CI log points at the right place in the file.
 */
export function parseDescriptorYaml(text: string): DescriptorParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          path: '',
          message: error.message.split('\n')[0] ?? error.message,
          line: position.line,
          column: position.col,
        };
      }),
    };
  }
  const converted = yamlValue(document);
  if (!converted.ok) return { ok: false, issues: [converted.issue] };
  const { value } = converted;
  const parsed = dataProductDescriptorSchema.safeParse(value);
  if (parsed.success) return { ok: true, descriptor: parsed.data, document: value as Record<string, unknown> };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const node = yamlNodeAt(document.contents, issue.path);
      const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
      return { path: formatPath(issue.path), message: issue.message, line: position?.line, column: position?.col };
    }),
  };
}
