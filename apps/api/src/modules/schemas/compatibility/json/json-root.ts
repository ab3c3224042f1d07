import { JsonSchemaLoader } from './json-loader';
import type { JsonNode, JsonSchemaDocument } from './json-model';

// Loading a document is cheap but not free; the versions already published are compared with
// every new candidate, so their loaded form is kept for as long as the document object lives.
const roots = new WeakMap<JsonSchemaDocument, JsonNode>();

export function jsonRootOf(document: JsonSchemaDocument): JsonNode {
  let root = roots.get(document);
  if (!root) {
    root = new JsonSchemaLoader(document).root();
    roots.set(document, root);
  }
  return root;
}
