import { isPlainObject } from './contract-order';
import type { JsonObject } from './derivation/odcs-element';

/** What the portal shows of an exported contract, read from the document. */
export interface ContractView {
  readonly slaProperties: SlaPropertyView[];
  readonly qualityRules: QualityRuleView[];
  readonly terms: TermsView;
  readonly support: SupportChannelView[];
}

export interface SlaPropertyView {
  readonly property: string;
  readonly value: string | null;
  readonly valueExt: string | null;
  readonly unit: string | null;
  readonly element: string | null;
  readonly driver: string | null;
  readonly description: string | null;
}

export interface QualityRuleView {
  /** The schema element the rule is attached to: `OrderPlaced`, `OrderPlaced.customer.email`. */
  readonly element: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly type: string;
  readonly dimension: string | null;
  readonly metric: string | null;
  readonly severity: string | null;
  readonly rule: JsonObject;
}

export interface TermsView {
  readonly purpose: string | null;
  readonly usage: string | null;
  readonly limitations: string | null;
  readonly billing: string | null;
  readonly noticePeriod: string | null;
}

export interface SupportChannelView {
  readonly channel: string;
  readonly url: string | null;
  readonly tool: string | null;
  readonly scope: string | null;
  readonly description: string | null;
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function objectsIn(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function qualityOf(element: JsonObject, path: string, rules: QualityRuleView[]): void {
  for (const rule of objectsIn(element.quality)) {
    rules.push({
      element: path,
      name: textOf(rule.name),
      description: textOf(rule.description),
      // The standard's default type.
      type: textOf(rule.type) ?? 'library',
      dimension: textOf(rule.dimension),
      metric: textOf(rule.metric ?? rule.rule),
      severity: textOf(rule.severity),
      rule,
    });
  }
  for (const property of objectsIn(element.properties)) qualityOf(property, `${path}.${String(property.name)}`, rules);
  if (isPlainObject(element.items)) qualityOf(element.items, `${path}[]`, rules);
}

function customProperty(document: JsonObject, name: string): unknown {
  const sources = [
    document.customProperties,
    isPlainObject(document.description) && document.description.customProperties,
  ];
  for (const source of sources) for (const entry of objectsIn(source)) if (entry.property === name) return entry.value;
  return undefined;
}

/** `1.5 USD per gigabyte`, from ODCS's price. */
function billingOf(price: unknown): string | null {
  if (!isPlainObject(price) || price.priceAmount === undefined) return null;
  const parts = [textOf(price.priceAmount), textOf(price.priceCurrency)].filter((part) => part !== null);
  const unit = textOf(price.priceUnit);
  return `${parts.join(' ')}${unit ? ` per ${unit}` : ''}`;
}

/**
 * Terms of use. ODCS keeps them in `description` (usage, limitations) and `price`; a notice
 * period has no field of its own, so it is read from a custom property `noticePeriod`. A
 * Data Contract Specification style `terms` block, kept as an unknown field, fills gaps.
 */
function termsOf(document: JsonObject): TermsView {
  const description = isPlainObject(document.description) ? document.description : {};
  const terms = isPlainObject(document.terms) ? document.terms : {};
  return {
    purpose: textOf(description.purpose),
    usage: textOf(description.usage ?? terms.usage),
    limitations: textOf(description.limitations ?? terms.limitations),
    billing: billingOf(document.price) ?? textOf(customProperty(document, 'billing') ?? terms.billing),
    noticePeriod: textOf(customProperty(document, 'noticePeriod') ?? terms.noticePeriod),
  };
}

export function contractView(document: JsonObject): ContractView {
  const qualityRules: QualityRuleView[] = [];
  for (const object of objectsIn(document.schema)) qualityOf(object, String(object.name), qualityRules);
  return {
    slaProperties: objectsIn(document.slaProperties).map((entry) => ({
      property: textOf(entry.property) ?? '',
      value: textOf(entry.value),
      valueExt: textOf(entry.valueExt),
      unit: textOf(entry.unit),
      element: textOf(entry.element),
      driver: textOf(entry.driver),
      description: textOf(entry.description),
    })),
    qualityRules,
    terms: termsOf(document),
    support: objectsIn(document.support).map((entry) => ({
      channel: textOf(entry.channel) ?? '',
      url: textOf(entry.url),
      tool: textOf(entry.tool),
      scope: textOf(entry.scope),
      description: textOf(entry.description),
    })),
  };
}
