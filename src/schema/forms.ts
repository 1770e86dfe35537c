// The case forms the built-in templates need, by what each record is and does.
import type { Case } from '../polish/types.ts';

/** A noun phrase a template needs, and which of its forms. */
export interface FormNeed {
  /** The record that must hold the form: its own id, or the id of a record it names. */
  id: string;
  /** The kind that record must be: a reference to a record of another kind is reported elsewhere. */
  kind: string;
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
  const need = (path: FormNeed['path'], form: Case, why: string) => needs.push({ id, kind, path, form, why });
  const named = (ref: unknown, refKind: 'body' | 'country', form: Case, why: string) =>
    typeof ref === 'string' && needs.push({ id: ref, kind: refKind, path: ['name'], form, why });
  const participations = (data.participations ?? []) as Data[];
  const parent = lookup(data.parent);
  const context = lookup(data.context);
  participations.forEach((p, i) => {
    const role = p.role;
    if (kind === 'body') {
      const inCouncil = parent?.data.type === 'council';
      if (role === 'chair-delegation' || role === 'member' || (role === 'participant' && !(inCouncil && data.acronym)))
        if (!(role === 'member' && p.who === 'office' && data.title)) need(['name'], 'gen', '"w pracach …", "w skład …", "przystąpił do …"');
      if (role === 'alternate') need(['name'], 'loc', '"pełni rolę „alternate” w …"');
      if (role === 'alternate' && parent) named(data.parent, 'body', 'gen', '"w Radzie Nadzorczej …" (the parent body)');
      if (role === 'partner') need(['name'], 'inst', '"współpraca łączy Urząd z …"');
      if (role === 'function') need(['name'], 'gen', '"pełni funkcję … …"');
      if (role === 'function' && p.as) need(['participations', i, 'as'], 'gen', '"pełni funkcję …"');
      if (role === 'partner' && data.location) need(['location'], 'loc', '"w …" (the location)');
      if (p.component) need(['participations', i, 'component'], 'loc', '"(w komponencie …)"');
      if (p.subgroup) named(p.subgroup, 'body', 'gen', '"(podgrupy …)"');
      if (inCouncil && (role === 'chair-delegation' || role === 'participant')) named(data.parent, 'body', 'loc', '"w ramach współpracy państw członkowskich w …"');
      const countries = ((data.members as { countries?: string[] } | undefined)?.countries ?? []);
      countries.forEach((c) => named(c, 'country', 'nom', '"w skład której wchodzą … oraz …"'));
    }
    if (kind === 'project') {
      if (role === 'partner') need(['name'], 'acc', '"można zaliczyć …"');
      if (role === 'co-implementer') {
        need(['name'], 'acc', '"współrealizował … projekt"');
        if (p.with) need(['participations', i, 'with'], 'inst', '"współrealizował z …"');
        if (p.component) need(['participations', i, 'component'], 'acc', '"odpowiadając za …"');
        if (p.component) need([data.noun ? 'noun' : 'name'], 'gen', '"… tego projektu"');
        if (context && !context.data.acronym) named(data.context, 'body', 'acc', '"w ramach różnych inicjatyw, podejmowanych przez …"');
      }
      if (role === 'participant' && context?.data.area === 'partnerships') {
        named(data.context, 'body', 'gen', '"w ramach …" (the partnership framework)');
        named(data.country, 'country', 'inst', '"z …" (the partner country)');
      } else if (role === 'participant') {
        need(['name'], 'loc', '"uczestniczy w …"');
        if (data.aim) need([data.noun ? 'noun' : 'name'], 'gen', '"Założeniem … jest …"');
      }
      if (role === 'partner' || role === 'participant')
        for (const ref of (data.implementers ?? []) as string[]) if (!lookup(ref)?.data.acronym) named(ref, 'body', 'acc', '"realizowany przez …"');
      named(data.beneficiary, 'country', 'gen', '"projekt … dla …"');
    }
  });
  return needs;
}
