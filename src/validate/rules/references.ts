// Checks that every id a record refers to names a record of the right kind.
import type { Kind } from '../../schema/records.ts';
import type { Path } from '../../load/source.ts';
import { kindName, type CheckedRecord, type Rule, type RuleContext } from '../context.ts';
import { didYouMean } from '../suggest.ts';

const FOLDER: Record<Kind, string> = { office: 'office.yaml', body: 'bodies/', project: 'projects/', country: 'countries/' };

/** Each place a record names another: the path to it and the kind it must name. */
interface Reference {
  path: Path;
  id: string;
  kind: Kind;
}

// Reports ids that name no record, or a record of the wrong kind.
export const validReferences: Rule = (ctx) => {
  for (const record of ctx.checked) {
    for (const ref of referencesOf(record)) {
      const target = ctx.byId.get(ref.id);
      if (!target) {
        const sameKind = ctx.checked.filter((r) => r.source.kind === ref.kind).map((r) => r.source.id);
        ctx.report(record.source, 'unknown-id', `"${ref.id}" names no record; expected the id of ${kindName(ref.kind)} (a file in ${FOLDER[ref.kind]}).${didYouMean(ref.id, sameKind)}`, ref.path);
      } else if (target.source.kind !== ref.kind) {
        ctx.report(record.source, 'wrong-kind', `"${ref.id}" is ${kindName(target.source.kind)} (${target.source.file}); expected ${kindName(ref.kind)} (a file in ${FOLDER[ref.kind]}).`, ref.path);
      }
    }
  }
  checkSubgroups(ctx);
};

// Lists every reference a record makes.
export function referencesOf({ source, data }: CheckedRecord): Reference[] {
  const refs: Reference[] = [];
  const add = (path: Path, id: unknown, kind: Kind) => typeof id === 'string' && refs.push({ path, id, kind });
  if (source.kind === 'body') {
    add(['parent'], data.parent, 'body');
    const members = data.members as { countries?: string[] } | undefined;
    members?.countries?.forEach((id, i) => add(['members', 'countries', i], id, 'country'));
  }
  if (source.kind === 'project') {
    add(['context'], data.context, 'body');
    add(['beneficiary'], data.beneficiary, 'country');
    add(['country'], data.country, 'country');
    (data.implementers as string[] | undefined)?.forEach((id, i) => add(['implementers', i], id, 'body'));
  }
  ((data.participations ?? []) as { subgroup?: string }[]).forEach((p, i) => add(['participations', i, 'subgroup'], p.subgroup, 'body'));
  return refs;
}

// Reports a subgroup that is not a part of the body it qualifies.
function checkSubgroups(ctx: RuleContext): void {
  for (const record of ctx.checked) {
    ((record.data.participations ?? []) as { subgroup?: string }[]).forEach((p, i) => {
      const sub = p.subgroup === undefined ? undefined : ctx.byId.get(p.subgroup);
      if (sub?.source.kind === 'body' && sub.data.parent !== record.source.id)
        ctx.report(record.source, 'not-a-subgroup', `"${p.subgroup}" is not a subgroup of "${record.source.id}": its "parent" should be "${record.source.id}" (${sub.source.file}).`, ['participations', i, 'subgroup']);
    });
  }
}
