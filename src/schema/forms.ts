// The case forms the built-in templates need, by what each record is and does.
import type { Case } from '../polish/types.ts';

/** A noun phrase a template needs, and which of its forms. */
export interface FormNeed {
  /** The record that must hold the form: its own id, or the id of a record it names. */
  id: string;
  /** Path to the noun phrase inside that record: ['name'], ['participations', 0, 'component']. */
  path: (string | number)[];
  form: Case;
  /** The words that need it, for the message. */
  why: string;
}

type Data = Record<string, unknown>;
type Lookup = (id: unknown) => { kind: string; data: Data } | undefined;

// Lists the forms that the sentences about one body or project need, on it and on the records it names.
export function formsNeeded(id: string, kind: string, data: Data, lookup: Lookup): FormNeed[] {
  const needs: FormNeed[] = [];
  const need = (at: string, path: FormNeed['path'], form: Case, why: string) => needs.push({ id: at, path, form, why });
  const named = (ref: unknown, form: Case, why: string) => typeof ref === 'string' && need(ref, ['name'], form, why);
  const participations = (data.participations ?? []) as Data[];
  const parent = lookup(data.parent);
  const context = lookup(data.context);
  participations.forEach((p, i) => {
    const role = p.role;
    if (kind === 'body') {
      const inCouncil = parent?.data.type === 'council';
      if (role === 'chair-delegation' || role === 'member' || (role === 'participant' && !(inCouncil && data.acronym)))
        if (!(role === 'member' && p.who === 'office' && data.title)) need(id, ['name'], 'gen', '"w pracach …", "w skład …", "przystąpił do …"');
      if (role === 'alternate') need(id, ['name'], 'loc', '"pełni rolę „alternate” w …"');
      if (role === 'alternate' && parent) named(data.parent, 'gen', '"w Radzie Nadzorczej …" (the parent body)');
      if (role === 'partner') need(id, ['name'], 'inst', '"współpraca łączy Urząd z …"');
      if (role === 'partner' && data.location) need(id, ['location'], 'loc', '"w …" (the location)');
      if (p.component) need(id, ['participations', i, 'component'], 'loc', '"(w komponencie …)"');
      if (p.subgroup) named(p.subgroup, 'gen', '"(podgrupy …)"');
      if (inCouncil && (role === 'chair-delegation' || role === 'participant')) named(data.parent, 'loc', '"w ramach współpracy państw członkowskich w …"');
      const countries = ((data.members as { countries?: string[] } | undefined)?.countries ?? []);
      countries.forEach((c) => named(c, 'nom', '"w skład której wchodzą … oraz …"'));
    }
    if (kind === 'project') {
      if (role === 'partner') need(id, ['name'], 'acc', '"można zaliczyć …"');
      if (role === 'co-implementer') {
        need(id, ['name'], 'acc', '"współrealizował … projekt"');
        if (p.with) need(id, ['participations', i, 'with'], 'inst', '"współrealizował z …"');
        if (p.component) need(id, ['participations', i, 'component'], 'acc', '"odpowiadając za …"');
        if (p.component) need(id, [data.noun ? 'noun' : 'name'], 'gen', '"… tego projektu"');
      }
      if (role === 'participant' && context?.data.area === 'partnerships') {
        named(data.context, 'gen', '"w ramach …" (the partnership framework)');
        named(data.country, 'inst', '"z …" (the partner country)');
      } else if (role === 'participant') {
        need(id, ['name'], 'loc', '"uczestniczy w …"');
        if (data.aim) need(id, [data.noun ? 'noun' : 'name'], 'gen', '"Założeniem … jest …"');
      }
      if (role === 'partner' || role === 'participant')
        for (const ref of (data.implementers ?? []) as string[]) if (!lookup(ref)?.data.acronym) named(ref, 'acc', '"realizowany przez …"');
      named(data.beneficiary, 'gen', '"projekt … dla …"');
    }
  });
  return needs;
}
