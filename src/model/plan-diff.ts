// Compares the plans of two years: what the later year's section chooses to tell differently, apart from the facts.
import type { Dataset, RecordData } from '../validate/dataset.ts';

/** A setting of the plans that differs between the years. */
export interface PlanChange {
  /** The setting: "describe", "order", "records.budapest-process.describe". */
  setting: string;
  before?: unknown;
  after?: unknown;
  /** The plan file that sets the later value, and its line; the earlier one's where the later year has no such setting. */
  file?: string;
  line?: number;
}

// Lists the settings of two years' plans that differ, in the order they are written (a year without a plan tells
// everything, and has no settings).
export function diffPlans(dataset: Dataset, from: number, to: number): PlanChange[] {
  const [earlier, later] = [planRecord(dataset, from), planRecord(dataset, to)];
  const [before, after] = [settingsOf(earlier), settingsOf(later)];
  const found: PlanChange[] = [];
  for (const setting of [...new Set([...before.keys(), ...after.keys()])]) {
    const [a, b] = [before.get(setting), after.get(setting)];
    if (JSON.stringify(a?.value) === JSON.stringify(b?.value)) continue;
    const where = b ?? a!;
    const source = b ? later! : earlier!;
    found.push({
      setting,
      ...(a && { before: a.value }),
      ...(b && { after: b.value }),
      file: source.file,
      line: source.locate(where.path, 'key').line,
    });
  }
  return found;
}

// Returns the plan of a year, if the data has one.
function planRecord(dataset: Dataset, year: number): RecordData | undefined {
  return dataset.records.find((r) => r.kind === 'plan' && r.id === String(year));
}

// Lists a plan's settings by name, each with its value and where it is written; a record's settings under its id.
function settingsOf(plan: RecordData | undefined): Map<string, { value: unknown; path: (string | number)[] }> {
  const settings = new Map<string, { value: unknown; path: (string | number)[] }>();
  const data = (plan?.data ?? {}) as Record<string, unknown> & { records?: Record<string, unknown>[] };
  for (const [key, value] of Object.entries(data)) if (key !== 'records') settings.set(key, { value, path: [key] });
  (data.records ?? []).forEach((entry, index) => {
    for (const [key, value] of Object.entries(entry))
      if (key !== 'id') settings.set(`records.${String(entry.id)}.${key}`, { value, path: ['records', index, key] });
  });
  return settings;
}
