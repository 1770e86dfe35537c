// Checks that no two records share an id across folders.
import { kindName, type Rule } from '../context.ts';

// Reports an id used by records of two kinds (bodies/x.yaml and projects/x.yaml).
export const uniqueIds: Rule = (ctx) => {
  const first = new Map<string, (typeof ctx.checked)[number]>();
  for (const record of ctx.checked) {
    const earlier = first.get(record.source.id);
    if (!earlier) first.set(record.source.id, record);
    else
      ctx.report(record.source, 'duplicate-id', `The id "${record.source.id}" is already used by ${kindName(earlier.source.kind)} in ${earlier.source.file}; ids must be unique across folders, so rename one of the files.`, []);
  }
};
