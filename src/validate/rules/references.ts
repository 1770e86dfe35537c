// Checks that every id a record refers to names a record of the right kind.
import type { RecordFile } from '../../load/find-files.ts';
import type { Path } from '../../load/source.ts';
import type { Kind } from '../../schema/kinds.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { field, kindName, list, type CheckedRecord, type Rule, type RuleContext } from '../context.ts';
import { didYouMean } from '../suggest.ts';

const FOLDER: Record<Kind, string> = { office: 'office.yaml', body: 'bodies/', project: 'projects/', country: 'countries/' };

/** Each place a record names another: the path to it and the kind it must name. */
export interface Reference {
  path: Path;
  id: string;
  kind: Kind;
}

// Reports ids that name no record file, or only files of the wrong kind; a file that failed its own checks still counts.
export const validReferences: Rule = (ctx) => {
  const idsOf = (kind: Kind) => [...ctx.files.values()].flat().filter((f) => f.kind === kind).map((f) => f.id);
  for (const record of ctx.parsed) {
    for (const ref of referencesOf(record)) {
      const files: RecordFile[] = ctx.files.get(ref.id) ?? [];
      if (files.some((f) => f.kind === ref.kind) || ctx.unlisted.includes(ref.kind)) continue;
      const expected = `expected the id of ${kindName(ref.kind)} (a file in ${FOLDER[ref.kind]})`;
      const hint = didYouMean(ref.id, idsOf(ref.kind));
      if (!files.length) ctx.report(record.source, 'unknown-id', `"${ref.id}" names no record; ${expected}.${hint}`, ref.path);
      else ctx.report(record.source, 'wrong-kind', `"${ref.id}" is ${kindName(files[0]!.kind)} (${files[0]!.file}); ${expected}.${hint}`, ref.path);
    }
  }
  checkSubgroups(ctx);
};

// Lists every reference a record makes, at every field the schema marks as one (its changes included), reading its
// data as written (anything that is not text is the schema's to report).
export function referencesOf({ source, data }: CheckedRecord): Reference[] {
  return markedValues(SHAPES[source.kind], data).flatMap(({ path, value, mark }) =>
    mark.type === 'ref' && typeof value === 'string' ? [{ path, id: value, kind: mark.kind }] : [],
  );
}

// Reports a subgroup that is not a part of the body it qualifies.
function checkSubgroups(ctx: RuleContext): void {
  for (const record of ctx.parsed) {
    list(record.data.participations).forEach((p, i) => {
      const id = field(p, 'subgroup');
      const sub = ctx.find(id, 'body');
      if (sub && field(sub.data, 'parent') !== record.source.id)
        ctx.report(record.source, 'not-a-subgroup', `"${String(id)}" is not a subgroup of "${record.source.id}": expected its "parent" to be "${record.source.id}", but ${sub.source.file} has ${describeParent(field(sub.data, 'parent'))}. Set its parent, or name one of this body's subgroups.`, ['participations', i, 'subgroup']);
    });
  }
}

// Describes a parent field for a message.
function describeParent(parent: unknown): string {
  return typeof parent === 'string' ? `"parent: ${parent}"` : 'no "parent"';
}
