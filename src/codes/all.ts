// Every diagnostic code of the program, gathered from where each is declared: the rules' meta and the declarations of
// the codes raised outside the rules. The generated docs (./tables.ts) are written from this list.
import { CLI_CODES } from '../cli/codes.ts';
import type { Code, CodeMeta } from '../diagnostics/codes.ts';
import { LOAD_CODES } from '../load/codes.ts';
import { REVIEW_CODES } from '../model/review-codes.ts';
import { PIPELINE_CODES } from '../pipeline/codes.ts';
import { TEMPLATE_CODES } from '../render/codes.ts';
import { RULES, type RuleCode } from '../validate/index.ts';
import { SCHEMA_CODES } from '../validate/rules/schema-codes.ts';

/** One code as declared. */
export interface DeclaredCode {
  code: Code;
  meta: CodeMeta;
}

/** The declarations, in the order of the pipeline: loading, the schema check, the rules, templates, build, review. */
const DECLARATIONS: readonly Readonly<Record<string, CodeMeta>>[] = [
  LOAD_CODES,
  SCHEMA_CODES,
  ...RULES.map((rule) => rule.meta.codes),
  PIPELINE_CODES,
  TEMPLATE_CODES,
  CLI_CODES,
  REVIEW_CODES,
];

/** Every code the declarations above hold. */
type Listed =
  | keyof typeof LOAD_CODES
  | keyof typeof SCHEMA_CODES
  | RuleCode
  | keyof typeof PIPELINE_CODES
  | keyof typeof TEMPLATE_CODES
  | keyof typeof CLI_CODES
  | keyof typeof REVIEW_CODES;
/** True, and fails to compile when a code declared anywhere (a `Code`) is missing from the declarations above. */
export const EVERY_CODE_LISTED: [Code] extends [Listed] ? true : never = true;

// Lists every code once, in the order declared; a code declared twice must be the same declaration (a rule that raises
// a code of the schema check refers to its meta).
export function allCodes(): DeclaredCode[] {
  const found = new Map<string, CodeMeta>();
  for (const codes of DECLARATIONS)
    for (const [code, meta] of Object.entries(codes)) {
      const known = found.get(code);
      if (known && known !== meta) throw new Error(`The code "${code}" is declared twice, with different meta.`);
      found.set(code, meta);
    }
  return [...found].map(([code, meta]) => ({ code: code as Code, meta }));
}
