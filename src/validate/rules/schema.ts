// Checks each record against the schema of its kind: required fields, types, allowed values, unknown keys.
// Records go through their kind's validator (generated from the schema when bundling, src/schema/validators.ts);
// a record it refuses, or one of a kind without a validator, goes to zod itself (./schema-issues.ts, loaded only
// then), which decides and says what is wrong and where.
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { SourceRecord } from '../../load/source.ts';
import { VALIDATORS } from '../../schema/validators.ts';
import type { SchemaOutcome } from '../context.ts';

// Checks every record's fields; returns those that pass, with their typed data, and where the others failed.
export async function checkSchema(records: SourceRecord[], diagnostics: Diagnostic[]): Promise<SchemaOutcome> {
  const outcome: SchemaOutcome = { checked: [], problems: new Map() };
  const valid = records.map((record) => VALIDATORS[record.kind]?.(record.data) === true);
  const zod = valid.includes(false) ? await import('./schema-issues.ts') : undefined;
  records.forEach((record, i) => {
    if (valid[i]) {
      outcome.checked.push({ source: record, data: record.data as Record<string, unknown> });
      return;
    }
    const checked = zod!.schemaIssues(record, diagnostics);
    if ('data' in checked) outcome.checked.push({ source: record, data: checked.data });
    else outcome.problems.set(record, checked.problems);
  });
  return outcome;
}
