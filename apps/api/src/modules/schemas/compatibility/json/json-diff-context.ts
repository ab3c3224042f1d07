import { JSON_COMPATIBLE_CHANGES } from './json-compatible-changes';
import type { JsonNode } from './json-model';

export interface JsonDifference {
  readonly type: string;
  /** `$`, `$.customer.email`, `$.lines[]`, `$.lines[0]`, `$.attributes{}`, `$.payment.anyOf[1]`. */
  readonly path: string;
  readonly original?: JsonNode;
  readonly update?: JsonNode;
}

export type CompareNodes = (ctx: DiffContext, original: JsonNode | undefined, update: JsonNode | undefined) => void;

/** Where the comparison is; `at` descends (same findings list), `sub` starts a scratch list. */
export class DiffContext {
  constructor(
    readonly path: string,
    readonly differences: JsonDifference[],
    private readonly stack: Set<JsonNode>,
    /** The whole comparison, so the parts that recurse (objects, arrays) need not import it. */
    private readonly compareNodes: CompareNodes,
  ) {}

  at(segment: string): DiffContext {
    return new DiffContext(`${this.path}${segment}`, this.differences, this.stack, this.compareNodes);
  }

  sub(): DiffContext {
    return new DiffContext(this.path, [], this.stack, this.compareNodes);
  }

  compare(original: JsonNode | undefined, update: JsonNode | undefined): void {
    this.compareNodes(this, original, update);
  }

  /** Adds `<NAME>_ADDED/_REMOVED/_INCREASED/_DECREASED` for a numeric keyword. */
  compareLimit(name: string, original: number | undefined, update: number | undefined): void {
    if (original === update) return;
    if (original === undefined) this.add(`${name}_ADDED`);
    else if (update === undefined) this.add(`${name}_REMOVED`);
    else this.add(original < update ? `${name}_INCREASED` : `${name}_DECREASED`);
  }

  add(type: string, original?: JsonNode, update?: JsonNode): void {
    this.differences.push({ type, path: this.path, original, update });
  }

  addAll(differences: readonly JsonDifference[]): void {
    this.differences.push(...differences);
  }

  get compatible(): boolean {
    return this.differences.every((difference) => JSON_COMPATIBLE_CHANGES.has(difference.type));
  }

  /** Confluent's guard against recursive schemas: a node already being compared is skipped. */
  enter(node: JsonNode): boolean {
    if (this.stack.has(node)) return false;
    this.stack.add(node);
    return true;
  }

  leave(node: JsonNode): void {
    this.stack.delete(node);
  }
}
