// A small JSON Schema checker for the keywords `coop-report schema` emits; any other keyword fails the test loudly.

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'markdownDescription']);
const CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'anyOf', 'enum', 'items', 'minLength', 'minimum', 'maximum', 'pattern']);

// Returns the problems of a value against a schema, as "path: what"; none when it conforms.
export function schemaProblems(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema))
    if (!ANNOTATIONS.has(key) && !CHECKED.has(key)) throw new Error(`The checker does not know the keyword "${key}" at ${path}.`);
  if (schema.anyOf) {
    const branches = (schema.anyOf as Schema[]).map((branch) => schemaProblems(branch, value, path));
    return branches.some((p) => p.length === 0) ? [] : [`${path}: matches no branch of anyOf (${branches.map((p) => p[0]).join(' | ')})`];
  }
  const problems: string[] = [];
  if (schema.type !== undefined && !hasType(value, schema.type as string)) return [`${path}: expected ${String(schema.type)}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) problems.push(`${path}: not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...schemaProblems(schema.items as Schema, item, `${path}[${i}]`)));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!Object.hasOwn(value, key)) problems.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(value)) {
      if (Object.hasOwn(properties, key)) problems.push(...schemaProblems(properties[key]!, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unknown key ${key}`);
    }
  }
  return problems;
}

// Tells whether a value has a JSON Schema type.
function hasType(value: unknown, type: string): boolean {
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  return typeof value === type;
}
