/** Small builders for the Avro corpus: an `Order` record in namespace `shop` and its usual fields. */
export type Field = Record<string, unknown>;

export function record(fields: Field[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields, ...extra });
}

export const id: Field = { name: 'id', type: 'string' };
export const qty: Field = { name: 'qty', type: 'int' };
export const status = (symbols: string[], extra: Record<string, unknown> = {}): Field => ({
  name: 'status',
  type: { type: 'enum', name: 'Status', symbols, ...extra },
});
export const address = (fields: Field[]): Field => ({
  name: 'address',
  type: { type: 'record', name: 'Address', fields },
});
export const street: Field = { name: 'street', type: 'string' };
export const avro = (name: string, previous: string[], candidate: string) => ({
  name: `avro: ${name}`,
  format: 'AVRO' as const,
  previous,
  candidate,
});
