import { headers, parameters, problemResponses, rateLimitHeaders, successHeaders, writeSecurity } from './conventions.js';
import { examples } from './examples.js';
import { declareNdjsonCreate } from './ndjson-create.js';

// Post-processes the document @fastify/swagger builds from the zod schemas, so the served document and openapi.yaml
// say exactly what the API does: problem+json errors, headers, security, examples, and only components in use.

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId: string;
  parameters?: Json[];
  requestBody?: { required?: boolean; content: Record<string, Json> };
  responses: Record<string, Json>;
  tags?: string[];
}

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;
const successText: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No Content' };

function isProblem(response: Json): boolean {
  const content = response.content as Record<string, { schema?: { $ref?: string } }> | undefined;
  return content?.['application/json']?.schema?.$ref === '#/components/schemas/Problem';
}

function describeParameters(operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'path' && !parameter.description && typeof parameter.name === 'string') {
      const noun = parameter.name.replace(/(Id|Key)$/, '').replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
      parameter.description = parameter.name.endsWith('Key') ? `Id or slug of the ${noun}.` : `Id of the ${noun} (UUID).`;
    }
  }
}

// Statuses any operation of a kind can answer, whatever its own schema says: the parser's limits on every request;
// a missing key, a running or reused Idempotency-Key on writes; a failed precondition wherever an ETag is compared.
function declareSharedStatuses(method: string, operation: Operation): void {
  const shared = ['400', '408', '414', '431', '500', '503'];
  // Keys: an invalid key anywhere, no key where one is needed (writes; reads with REQUIRE_KEY_FOR_READS), a key
  // without the scope; and the rate limits. Health probes are exempt from both.
  if (operation.tags?.[0] !== 'health') shared.push('401', '403', '429');
  // An Accept that allows none of the media types the operation answers in (http/accept.ts).
  const answers = Object.entries(operation.responses).some(([status, response]) => status.startsWith('2') && response.content);
  if (operation.tags?.[0] !== 'health' && answers) shared.push('406');
  if (method === 'post') shared.push('409', '422');
  // A body larger than the route takes, or of a media type or coding it does not (http/problem.ts): every method that
  // carries one, whether the operation reads one or not (new-user trial 101: POST /v1/keys answered both undeclared).
  if (method === 'post' || method === 'patch' || method === 'put' || method === 'delete') shared.push('413', '415');
  if (method === 'patch' || method === 'delete' || method === 'post' || (method === 'get' && operation.responses['304']))
    shared.push('412');
  for (const status of shared) operation.responses[status] ??= { $ref: `#/components/responses/${problemResponses[status]![0]}` };
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}

// Every read under /v1 can be revalidated: a GET whose handler sets no ETag gets one digested from its body
// (http/representation-tag.ts), so it answers 304 and 412 as the records do; a streamed one (an export, the event
// stream) has none, and evaluates If-None-Match: * (304) and If-Match with a tag (412) before it starts.
function declareRevalidation(method: string, operation: Operation): void {
  if (method !== 'get' || operation.tags?.[0] === 'health' || operation.responses['304']) return;
  operation.responses['304'] = { description: 'Not modified: the ETag named in If-None-Match is current.' };
}

function finalizeOperation(method: string, operation: Operation): void {
  describeParameters(operation);
  declareRevalidation(method, operation);
  declareSharedStatuses(method, operation);
  for (const [status, response] of Object.entries(operation.responses)) {
    const catalogued = problemResponses[status];
    if (catalogued && isProblem(response)) {
      operation.responses[status] = { $ref: `#/components/responses/${catalogued[0]}` };
      continue;
    }
    if (response.description === 'Default Response') response.description = successText[status] ?? 'OK';
    const limited = operation.tags?.[0] !== 'health' ? rateLimitHeaders : [];
    const statistics = operation.tags?.[0] === 'stats';
    // A 304 carries the Vary a 200 would (RFC 9110 §15.4.5): an exported list's, whose 200 depends on Accept.
    const exports = Boolean((operation.responses['200']?.content as Record<string, unknown> | undefined)?.['text/csv']);
    if (status === '304')
      response.headers = Object.fromEntries(
        ['ETag', 'X-Request-Id', ...(statistics ? ['Cache-Control'] : []), ...(exports ? ['Vary'] : []), ...limited].map((name) => [
          name,
          { $ref: `#/components/headers/${name}` },
        ]),
      );
    if (status.startsWith('2')) {
      const schemaRef = (response.content as Record<string, { schema?: { $ref?: string } }> | undefined)?.['application/json']?.schema
        ?.$ref;
      const paged = schemaRef?.endsWith('Page') ?? false;
      const exported = Boolean((response.content as Record<string, unknown> | undefined)?.['text/csv']);
      const names = [
        ...successHeaders(operation.operationId, status, paged, method === 'get' && operation.responses['304'] !== undefined),
        ...(exported ? ['Content-Disposition', 'Cache-Control', 'Vary'] : []),
        ...(statistics ? ['Cache-Control'] : []),
        ...(method === 'get' ? [] : ['X-Consistency-Token']),
        ...limited,
      ];
      response.headers = Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
    }
  }
  const extra: string[] = [];
  if (method === 'get' && operation.responses['304']) extra.push('IfNoneMatch');
  if (method === 'get' && operation.tags?.[0] !== 'health') extra.push('ConsistencyToken');
  if (method === 'patch' || method === 'delete' || method === 'post') extra.push('IfMatch', 'IfNoneMatchOnWrite');
  if (method === 'post') extra.push('IdempotencyKey');
  operation.parameters = [...(operation.parameters ?? []), ...extra.map((name) => ({ $ref: `#/components/parameters/${name}` }))];
  operation.security = method === 'get' ? [] : writeSecurity;
  const body = operation.requestBody?.content['application/json'];
  // A body the route takes as nullish (a commit of the stored draft sends none): @fastify/swagger writes every
  // requestBody as required; the contract says this one may be left out, as the server takes it (trial 115).
  const branches = (body?.schema as { anyOf?: Json[] } | undefined)?.anyOf;
  if (branches?.some((branch) => (branch as { type?: unknown }).type === 'null')) operation.requestBody!.required = false;
  if (body && method === 'patch') operation.requestBody!.content = { 'application/merge-patch+json': body, 'application/json': body };
  if (body && operation.operationId === 'createDocument') {
    const { anyOf } = body.schema as { anyOf: Json[] };
    operation.requestBody!.content = {
      'text/plain': { schema: { type: 'string', description: 'The readout itself.' } },
      'application/json': { schema: anyOf[1] },
    };
  }
  const example = examples[operation.operationId];
  if (example?.request && body) body.examples = { seededMeeting: { summary: 'The seeded readout', value: example.request } };
  for (const [status, value] of Object.entries(example?.responses ?? {})) {
    const content = operation.responses[status]?.content as Record<string, Json> | undefined;
    if (content?.['application/json']) content['application/json'].examples = { seededMeeting: { summary: 'The seeded readout', value } };
  }
  if (operation.operationId === 'createMeeting') declareNdjsonCreate(operation);
}

function collectRefs(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value);
      else collectRefs(value, found);
    }
  }
}

/** Keeps only the components reachable from the paths. */
function pruneComponents(document: Json): void {
  const components = document.components as Record<string, Record<string, unknown>>;
  const used = new Set<string>();
  let frontier: unknown = document.paths;
  for (;;) {
    const found = new Set<string>();
    collectRefs(frontier, found);
    const fresh = [...found].filter((ref) => !used.has(ref));
    if (!fresh.length) break;
    fresh.forEach((ref) => used.add(ref));
    frontier = fresh.map((ref) => {
      const [, , kind, name] = ref.split('/');
      return components[kind!]?.[name!];
    });
  }
  // Sorted, so the document does not depend on the order modules happened to register their schemas in.
  for (const kind of ['schemas', 'responses', 'headers', 'parameters']) {
    const kept = Object.entries(components[kind] ?? {}).filter(([name]) => used.has(`#/components/${kind}/${name}`));
    components[kind] = Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)));
  }
}

export function finalizeDocument<T extends object>(generated: T): T {
  const document = generated as unknown as Json;
  const components = (document.components ??= {}) as Json;
  components.responses = Object.fromEntries(Object.values(problemResponses));
  components.headers = headers;
  components.parameters = parameters;
  for (const item of Object.values(document.paths as Record<string, Record<string, Operation>>)) {
    for (const method of methods) if (item[method]) finalizeOperation(method, item[method]);
  }
  pruneComponents(document);
  return generated;
}
