// Checks that every body the Office takes part in has a place in the section.
import { defineRule } from '../context.ts';

// Reports a body with participations whose area is given neither by itself nor by a parent, and a project
// whose context body has no area: the section would have no place to tell them.
export const placedInSection = defineRule({
  meta: {
    codes: {
      'no-area': {
        severity: 'error',
        topic: 'text',
        en: {
          means: 'a body with participations has no `area`, nor a parent with one, so the section has no place for it',
          fix: 'add `area:` (`eu`, `international`, `partnerships` or `bilateral`) or `parent:`',
        },
        pl: {
          means: 'gremium z udziałami nie ma pola `area` (ani rodzica, który je ma), więc rozdział nie ma dla niego miejsca',
          fix: 'dodaj `area:` (`eu`, `international`, `partnerships` lub `bilateral`) albo `parent:`',
        },
      },
    },
    messages: ['rule.no-area.body', 'rule.no-area.project'],
  },
  check(ctx) {
    const areaOf = (id: unknown, seen = new Set<unknown>()): unknown => {
      if (typeof id !== 'string') return undefined;
      const record = ctx.byId.get(id);
      // a body that failed its own checks, an id that names no body, or a circle of parents is reported by its own
      // rule; the area behind it is unknown, not missing
      if (record?.source.kind !== 'body' || seen.has(id)) return 'unknown';
      seen.add(id);
      return record.data.area ?? areaOf(record.data.parent, seen);
    };
    for (const { source, data } of ctx.checked) {
      const participations = (data.participations ?? []) as unknown[];
      if (!participations.length) continue;
      if (source.kind === 'body' && areaOf(source.id) === undefined) ctx.report(source, 'no-area', ctx.message('rule.no-area.body'), ['participations'], 'key');
      if (
        source.kind === 'project' &&
        typeof data.context === 'string' &&
        ctx.byId.get(data.context)?.source.kind === 'body' &&
        areaOf(data.context) === undefined
      )
        ctx.report(source, 'no-area', ctx.message('rule.no-area.project', { context: String(data.context) }), ['context']);
    }
  },
});
