// Builds the resolved data set from records that passed every check.
import { parseIsoDate } from '../polish/index.ts';
import type { NounPhrase, PartialDate } from '../polish/types.ts';
import type { BodyData, CountryData, OfficeData, ParticipationData, ProjectData } from '../schema/records.ts';
import type { CheckedRecord } from './context.ts';
import type { Body, Country, Dataset, Participation, Project } from './dataset.ts';

// Turns checked records into a Dataset with references resolved and dates parsed.
export function resolve(checked: CheckedRecord[]): Dataset {
  const date = (value: unknown): PartialDate | undefined => (value === undefined ? undefined : parseIsoDate(String(value)) ?? undefined);
  const of = <T>(kind: string) => checked.filter((r) => r.source.kind === kind) as unknown as CheckedRecord<T>[];
  // countries
  const countries = new Map<string, Country>();
  for (const { source, data } of of<CountryData>('country')) countries.set(source.id, { id: source.id, file: source.file, name: data.name as NounPhrase });
  // bodies, then their parents and subgroups
  const bodies = new Map<string, Body>();
  const bodyRecords = of<BodyData>('body');
  for (const { source, data } of bodyRecords) {
    bodies.set(source.id, {
      kind: 'body', id: source.id, file: source.file, name: data.name as NounPhrase, acronym: data.acronym, title: data.title,
      noun: data.noun as NounPhrase | undefined, participations: [], area: data.area, type: data.type, children: [], projects: [],
      established: date(data.established), category: data.category as NounPhrase | undefined, location: data.location as NounPhrase | undefined,
      remit: data.remit, tasks: data.tasks, basis: data.basis, aim: data.aim, exchange: data.exchange,
      members: data.members && { euStates: data.members.euStates, countries: (data.members.countries ?? []).map((id) => countries.get(id)!) },
    });
  }
  const participations = (list: ParticipationData[] | undefined, fallback?: { from?: unknown; to?: unknown }): Participation[] =>
    (list ?? []).map((p) => ({
      from: date(p.from ?? fallback?.from)!, to: date(p.to ?? (p.from === undefined ? fallback?.to : undefined)), who: p.who, role: p.role,
      subgroup: p.subgroup === undefined ? undefined : bodies.get(p.subgroup), component: p.component as NounPhrase | undefined,
      scope: p.scope, with: p.with as NounPhrase | undefined, as: p.as as NounPhrase | undefined, character: p.character,
    }));
  for (const { source, data } of bodyRecords) {
    const body = bodies.get(source.id)!;
    body.participations = participations(data.participations);
    if (data.parent !== undefined) {
      body.parent = bodies.get(data.parent);
      body.parent?.children.push(body);
    }
  }
  // projects
  const projects: Project[] = of<ProjectData>('project').map(({ source, data }) => {
    const project: Project = {
      kind: 'project', id: source.id, file: source.file, name: data.name as NounPhrase, acronym: data.acronym, title: data.title,
      noun: data.noun as NounPhrase | undefined, participations: participations(data.participations, data), context: bodies.get(data.context)!,
      from: date(data.from), to: date(data.to), implementers: (data.implementers ?? []).map((id) => bodies.get(id)!),
      otherPartners: data.otherPartners ?? false, aim: data.aim,
      beneficiary: data.beneficiary === undefined ? undefined : countries.get(data.beneficiary),
      country: data.country === undefined ? undefined : countries.get(data.country),
    };
    project.context.projects.push(project);
    return project;
  });
  const office = of<OfficeData>('office')[0]!.data;
  return { office: { name: office.name as NounPhrase, short: office.short as NounPhrase }, bodies: [...bodies.values()], projects, countries: [...countries.values()] };
}
