// Checks that no list of places or members names one record twice: "Norwegii, Norwegii i Norwegii".
import { pathInMessage, pathText } from '../../load/source.ts';
import { SHAPES } from '../../schema/shapes.ts';
import { markedValues } from '../../schema/walk.ts';
import { defineRule } from '../context.ts';

// Reports each id a list names again, at the repeat, naming where it is first listed: in every list of references,
// as written and in every change.
export const noRepeats = defineRule({
  meta: {
    codes: {
      'repeated-entry': {
        severity: 'error',
        topic: 'counts',
        en: {
          means:
            'a list of references (places, partners, members, implementers) names one record twice ("Norwegii, Norwegii i Norwegii"); placed at the repeat, naming where it is first listed; as written or in a change',
          fix: 'delete the repeat',
        },
        pl: {
          means:
            'lista odwołań (miejsca, partnerzy, członkowie, realizatorzy) wymienia ten sam rekord dwukrotnie („Norwegii, Norwegii i Norwegii”); zgłaszane przy powtórzeniu, z miejscem pierwszego wystąpienia',
          fix: 'usuń powtórzenie',
        },
      },
    },
    messages: ['rule.repeated-entry'],
  },
  check(ctx) {
    for (const { source, data } of ctx.parsed) {
      const first = new Map<string, (string | number)[]>();
      for (const { path, value, mark } of markedValues(SHAPES[source.kind], data)) {
        if (mark.type !== 'ref' || typeof value !== 'string' || typeof path.at(-1) !== 'number') continue;
        const key = `${pathText(path.slice(0, -1))}\u0000${value}`;
        const earlier = first.get(key);
        if (!earlier) first.set(key, path);
        else ctx.report(source, 'repeated-entry', ctx.message('rule.repeated-entry', { id: value, first: pathInMessage(earlier), kind: mark.kind }), path);
      }
    }
  },
});
