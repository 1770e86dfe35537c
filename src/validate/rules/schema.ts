// Checks each record against the schema of its kind with zod: required fields, types, allowed values, unknown keys.
// A record zod refuses is described in the analyst's terms, every problem located (./schema-issues.ts).
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { SourceRecord } from '../../load/source.ts';
import type { SchemaOutcome } from '../context.ts';
import { schemaIssues } from './schema-issues.ts';

// Checks every record's fields; returns those that pass, with their typed data, and where the others failed.
export function checkSchema(records: SourceRecord[], diagnostics: Diagnostic[]): SchemaOutcome {
  const outcome: SchemaOutcome = { checked: [], problems: new Map() };
  for (const record of records) {
    const checked = schemaIssues(record, diagnostics);
    // a record that passes goes on as written, not as zod's copy of it: the sources of a sentence name the fields its
    // file holds, and zod's copy fills in what the file leaves out
    if ('data' in checked) outcome.checked.push({ source: record, data: record.data as Record<string, unknown> });
    else outcome.problems.set(record, checked.problems);
  }
  return outcome;
}
