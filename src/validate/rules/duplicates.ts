// Warns about two records that say they are the same thing: a copied file not yet edited tells a body twice.
import { field, defineRule } from '../context.ts';

/** The fields that name a record, as messages call them. */
const NAMING = [
  { key: 'name', what: 'name', read: (data: unknown) => field(field(data, 'name'), 'nom') },
  { key: 'acronym', what: 'acronym', read: (data: unknown) => field(data, 'acronym') },
  { key: 'title', what: 'title', read: (data: unknown) => field(data, 'title') },
] as const;

/** A record as the rule reads it: its id and its data. */
interface Named {
  source: { id: string };
  data: Record<string, unknown>;
}

// Tells whether two bodies share an acronym as a body and its parent may: a board named by its agency's ("CEPOL").
function ownAcronym(a: Named, b: Named): boolean {
  return a.data.parent === b.source.id || b.data.parent === a.source.id;
}

// Reports once each record (a body or a project) whose name, acronym or title another record of its kind already has,
// at its first such field, naming the other file and every field they share. Projects may share a generic name
// ("projekt") when their titles or acronyms differ, bodies of different parents a name ("Zarząd" of two agencies), and a
// body its parent's acronym (the board of CEPOL, "Zarząd Agencji … (CEPOL)").
export const distinctNames = defineRule({
  meta: {
    codes: {
      'duplicate-name': {
        severity: 'warning',
        topic: 'data-folder',
        en: {
          means:
            'a body or project has the same name, acronym or title as another record of its kind (a copied file not yet edited); projects with a title may share a generic name such as "projekt", bodies of different parents a name such as "Zarząd", and a body its parent\'s acronym (a board named by its agency\'s)',
          fix: 'correct the name, acronym or title of the copy; if both are the same record, keep one file',
        },
        pl: {
          means:
            'dwa gremia lub dwa projekty mają tę samą nazwę, skrót lub tytuł – zwykle skopiowany plik, którego jeszcze nie poprawiono; projekty z tytułem mogą mieć wspólną ogólną nazwę („projekt”), gremia różnych rodziców – wspólną nazwę („Zarząd”), a gremium – skrót swojego rodzica (zarząd nazwany skrótem agencji)',
          fix: 'popraw w kopii nazwę, skrót lub tytuł; jeśli to ten sam rekord, zostaw jeden plik',
        },
      },
    },
    messages: ['rule.duplicate-name.one', 'rule.duplicate-name.many', 'rule.duplicate-name'],
  },
  check(ctx) {
    for (const kind of ['body', 'project'] as const) {
      const records = ctx.checked.filter((r) => r.source.kind === kind);
      const shared = new Map<(typeof records)[number], { earlier: (typeof records)[number]; fields: string[]; values: string[] }>();
      for (const { key, what, read } of NAMING) {
        const first = new Map<string, (typeof records)[number]>();
        for (const record of records) {
          const value = read(record.data);
          if (typeof value !== 'string') continue;
          if (kind === 'project' && key === 'name' && (record.data.title !== undefined || record.data.acronym !== undefined)) continue;
          // a body's name is its own within its parent: the boards of two agencies are both "Zarząd"
          const parent = kind === 'body' && key === 'name' ? String(record.data.parent ?? '') : '';
          const seen = `${parent}\u0000${value.toLocaleLowerCase('pl')}`;
          const earlier = first.get(seen);
          if (earlier && key === 'acronym' && ownAcronym(earlier, record)) continue;
          if (!earlier) first.set(seen, record);
          else {
            const entry = shared.get(record) ?? { earlier, fields: [], values: [] };
            if (entry.earlier === earlier) {
              entry.fields.push(what);
              entry.values.push(value);
            }
            shared.set(record, entry);
          }
        }
      }
      for (const [record, { earlier, fields, values }] of shared) {
        const which =
          fields.length === 1
            ? ctx.message('rule.duplicate-name.one', { field: fields[0]!, value: values[0]! })
            : ctx.message('rule.duplicate-name.many', { first: fields.slice(0, -1).join(', '), last: fields.at(-1)! });
        ctx.report(
          record.source,
          'duplicate-name',
          ctx.message('rule.duplicate-name', { kind, which, file: earlier.source.file, fields: fields.join(', ') }),
          [NAMING.find((n) => n.what === fields[0])!.key],
          'key',
        );
      }
    }
  },
});
