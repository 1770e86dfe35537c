// Checks that a participation carries the fields its role needs to be told.
import type { Rule } from '../context.ts';

// Reports a participation in the role "function" without the function it names ("as").
export const roleFields: Rule = (ctx) => {
  for (const { source, data } of ctx.checked) {
    ((data.participations ?? []) as Record<string, unknown>[]).forEach((p, i) => {
      if (p.role === 'function' && p.as === undefined)
        ctx.report(source, 'missing-field', 'Missing field "as" for the role "function": name the function held, with its genitive ("as: {nom: krajowy punkt kontaktowy, gen: krajowego punktu kontaktowego}").', ['participations', i, 'role']);
    });
  }
};
