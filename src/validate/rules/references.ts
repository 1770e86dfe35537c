// Checks that every id a record refers to names a record of the right kind.
import type { RecordFile } from '../../load/find-files.ts';
import type { Path } from '../../load/source.ts';
import { KINDS, type Kind } from '../../schema/kinds.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { field, list, type CheckedRecord, defineRule, type RuleContext } from '../context.ts';
import { suggestion } from '../suggest.ts';

/** Each place a record names another: the path to it and the kind it must name. */
export interface Reference {
  path: Path;
  id: string;
  kind: Kind;
}

// Reports ids that name no record file, or only files of the wrong kind; a file that failed its own checks still counts.
export const validReferences = defineRule({
  meta: {
    codes: {
      'unknown-id': {
        severity: 'error',
        topic: 'references',
        en: {
          means: 'an id names no record file, with "Did you mean" among the ids of the right kind',
          fix: 'correct the typo ("Did you mean …?"), or create the record',
        },
        pl: { means: 'identyfikator nie wskazuje żadnego pliku rekordu', fix: 'popraw literówkę („Czy chodziło o …?”) albo utwórz brakujący rekord' },
      },
      'wrong-kind': {
        severity: 'error',
        topic: 'references',
        en: { means: 'an id names a record of another kind (a country where a body is expected)', fix: 'name a record of the right kind' },
        pl: { means: 'identyfikator wskazuje rekord innego rodzaju (np. państwo tam, gdzie oczekiwano gremium)', fix: 'wskaż rekord właściwego rodzaju' },
      },
      'not-a-subgroup': {
        severity: 'error',
        topic: 'references',
        en: {
          means: "a participation's `subgroup` names a body whose `parent` is not this body",
          fix: 'give the subgroup the right `parent`, or name another subgroup',
        },
        pl: {
          means: '`subgroup` udziału wskazuje gremium, którego `parent` nie jest tym gremium',
          fix: 'ustaw w podgrupie właściwy `parent` albo wskaż inną podgrupę',
        },
      },
    },
    messages: ['rule.unknown-id', 'rule.wrong-kind', 'rule.not-a-subgroup'],
  },
  check(ctx) {
    const idsOf = (kind: Kind) =>
      [...ctx.files.values()]
        .flat()
        .filter((f) => f.kind === kind)
        .map((f) => f.id);
    for (const record of ctx.parsed) {
      for (const ref of referencesOf(record)) {
        const files: RecordFile[] = ctx.files.get(ref.id) ?? [];
        if (files.some((f) => f.kind === ref.kind) || ctx.unlisted.includes(ref.kind)) continue;
        const hint = suggestion(ref.id, idsOf(ref.kind));
        if (!files.length)
          ctx.report(
            record.source,
            'unknown-id',
            ctx.message('rule.unknown-id', { id: ref.id, kind: ref.kind, folder: KINDS[ref.kind].place, hint }),
            ref.path,
          );
        else
          ctx.report(
            record.source,
            'wrong-kind',
            ctx.message('rule.wrong-kind', { id: ref.id, actual: files[0]!.kind, file: files[0]!.file, kind: ref.kind, folder: KINDS[ref.kind].place, hint }),
            ref.path,
          );
      }
    }
    checkSubgroups(ctx);
  },
});

// Lists every reference a record makes, at every field the schema marks as one (its changes included), reading its
// data as written (anything that is not text is the schema's to report).
export function referencesOf({ source, data }: CheckedRecord): Reference[] {
  return markedValues(SHAPES[source.kind], data).flatMap(({ path, value, mark }) =>
    mark.type === 'ref' && typeof value === 'string' ? [{ path, id: value, kind: mark.kind }] : [],
  );
}

// Reports a subgroup that is not a part of the body it qualifies.
function checkSubgroups(ctx: RuleContext<'not-a-subgroup', 'rule.not-a-subgroup'>): void {
  for (const record of ctx.parsed) {
    list(record.data.participations).forEach((p, i) => {
      const id = field(p, 'subgroup');
      const sub = ctx.find(id, 'body');
      if (sub && field(sub.data, 'parent') !== record.source.id)
        ctx.report(
          record.source,
          'not-a-subgroup',
          ctx.message('rule.not-a-subgroup', {
            id: String(id),
            body: record.source.id,
            file: sub.source.file,
            parent: describeParent(field(sub.data, 'parent')),
          }),
          ['participations', i, 'subgroup'],
        );
    });
  }
}

// Gives a parent field for a message: the id it names, or "none".
function describeParent(parent: unknown): string {
  return typeof parent === 'string' ? parent : 'none';
}
