// Names the people of the Office who take part: "przedstawiciele Urzędu", "Szef Urzędu", or the phrase office.yaml
// gives in `people` instead.
import type { NounPhrase } from '../polish/types.ts';
import type { Office } from './domain.ts';
import type { Who } from '../schema/participation.ts';

/** The head noun of each kind of participant, before the Office's name in the genitive, unless `people` words it. */
const PEOPLE: Record<Exclude<Who, 'office'> | 'experts', Omit<NounPhrase, 'nom'> & { nom: string }> = {
  experts: {
    nom: 'eksperci',
    gen: 'ekspertów',
    dat: 'ekspertom',
    acc: 'ekspertów',
    inst: 'ekspertami',
    loc: 'ekspertach',
    gender: 'm',
    number: 'pl',
    personal: true,
  },
  head: { nom: 'Szef', gen: 'Szefa', dat: 'Szefowi', acc: 'Szefa', inst: 'Szefem', loc: 'Szefie', gender: 'm', number: 'sg' },
  representative: {
    nom: 'przedstawiciel',
    gen: 'przedstawiciela',
    dat: 'przedstawicielowi',
    acc: 'przedstawiciela',
    inst: 'przedstawicielem',
    loc: 'przedstawicielu',
    gender: 'm',
    number: 'sg',
  },
  representatives: {
    nom: 'przedstawiciele',
    gen: 'przedstawicieli',
    dat: 'przedstawicielom',
    acc: 'przedstawicieli',
    inst: 'przedstawicielami',
    loc: 'przedstawicielach',
    gender: 'm',
    number: 'pl',
    personal: true,
  },
  staff: {
    nom: 'pracownicy',
    gen: 'pracowników',
    dat: 'pracownikom',
    acc: 'pracowników',
    inst: 'pracownikami',
    loc: 'pracownikach',
    gender: 'm',
    number: 'pl',
    personal: true,
  },
};

// Returns the noun phrase for who takes part: the Office's own wording of it, or the person with the Office named in
// the genitive after them.
export function participantPhrase(who: Who | 'experts', office: Office): NounPhrase {
  if (who === 'office') return office.short;
  const worded = office.people?.[who];
  if (worded) return worded;
  // made once for each Office and kind of person: every item of every year asks
  let made = PHRASES.get(office);
  if (!made) PHRASES.set(office, (made = new Map()));
  let phrase = made.get(who);
  if (!phrase) made.set(who, (phrase = personOf(who, office)));
  return phrase;
}

/** The phrases made for each Office (of a year's view), by kind of person. */
const PHRASES = new WeakMap<Office, Map<string, NounPhrase>>();

// Returns the person with the Office named in the genitive after them: "przedstawiciele Urzędu".
function personOf(who: Exclude<Who, 'office'> | 'experts', office: Office): NounPhrase {
  const person = PEOPLE[who];
  const of = office.short.gen ?? office.short.nom;
  const phrase: NounPhrase = { nom: `${person.nom} ${of}`, gender: person.gender, number: person.number, personal: person.personal };
  for (const c of ['gen', 'dat', 'acc', 'inst', 'loc'] as const) phrase[c] = `${person[c]} ${of}`;
  return phrase;
}
