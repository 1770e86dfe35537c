// Checks that no two record files share an id across folders.
import { error } from '../../diagnostics/diagnostic.ts';
import { kindName, type Rule } from '../context.ts';

// Reports each file whose id an earlier file already has (bodies/x.yaml and projects/x.yaml), parsed or not.
export const uniqueIds: Rule = (ctx) => {
  for (const [id, [first, ...others]] of ctx.files) {
    for (const other of others)
      ctx.diagnostics.push(error('duplicate-id', `The id "${id}" is already used by ${kindName(first!.kind)} in ${first!.file}; records name each other by id, so an id must be unique across folders. Rename one of the two files.`, other.file));
  }
};
