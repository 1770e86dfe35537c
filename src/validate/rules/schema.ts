// Checks each record against the schema of its kind: required fields, types, allowed values, unknown keys.
// Records go through their kind's fast parser (zod's generated code, src/schema/fast-parsers.ts); a record it
// refuses goes to zod itself (./schema-issues.ts, loaded only then), which says what is wrong and where.
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { SourceRecord } from '../../load/source.ts';
import { INVALID, PARSERS } from '../../schema/fast-parsers.ts';
import type { SchemaOutcome } from '../context.ts';

// Checks every record's fields; returns those that pass, with their typed data, and where the others failed.
export async function checkSchema(records: SourceRecord[], diagnostics: Diagnostic[]): Promise<SchemaOutcome> {
  const outcome: SchemaOutcome = { checked: [], problems: new Map() };
  const parsed = records.map((record) => PARSERS[record.kind]?.(record.data) ?? INVALID);
  const zod = parsed.includes(INVALID) ? await import('./schema-issues.ts') : undefined;
  records.forEach((record, i) => {
    if (parsed[i] !== INVALID) {
      outcome.checked.push({ source: record, data: parsed[i] as Record<string, unknown> });
      return;
    }
    const checked = zod!.schemaIssues(record, diagnostics);
    if ('data' in checked) outcome.checked.push({ source: record, data: checked.data });
    else outcome.problems.set(record, checked.problems);
  });
  return outcome;
}
