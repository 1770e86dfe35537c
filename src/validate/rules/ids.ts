// Checks that no two record files share an id across folders.
import { defineRule } from '../context.ts';

// Reports each file whose id an earlier file already has (bodies/x.yaml and projects/x.yaml), parsed or not.
export const uniqueIds = defineRule({
  meta: {
    codes: {
      'duplicate-id': {
        severity: 'error',
        topic: 'data-folder',
        en: {
          means: 'two files in different folders have the same name, so the id names two records',
          fix: 'rename one of the files (and the references to it)',
        },
        pl: {
          means: 'dwa pliki w różnych folderach mają tę samą nazwę, więc identyfikator wskazuje dwa rekordy',
          fix: 'zmień nazwę jednego z plików (i odwołania do niego)',
        },
      },
    },
    messages: ['rule.duplicate-id'],
  },
  check(ctx) {
    for (const [id, [first, ...others]] of ctx.files) {
      for (const other of others) ctx.reportFile(other.file, 'duplicate-id', ctx.message('rule.duplicate-id', { id, kind: first!.kind, file: first!.file }));
    }
  },
});
