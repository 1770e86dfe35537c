// The fields that describe a body beyond the Office's part in it, and the one-off events of a year: what real
// sections say of a body (what it is, when it was set up, who belongs to it) and of the Office's year (agreements
// signed, meetings, visits, deployments, trainings).
import * as z from 'zod';
import { described } from './described.ts';
import { BodyId, CountryId, IsoDate, NounPhrase, Prose, RecordText } from './fields.ts';
import { Count } from './counts.ts';
import { WHO } from './participation.ts';
import { wordingField } from './wording.ts';
import { EVENT_PARTS } from './wording-parts.ts';

/** A group of members: a count with its noun, and who they are. */
const MemberGroup = Count.extend({
  countries: z.array(CountryId).meta(described('The member countries named, by id.', 'Wymienione państwa członkowskie, podane identyfikatorami.')).optional(),
  bodies: z.array(BodyId).meta(described('The member organisations named, by id.', 'Wymienione organizacje członkowskie, podane identyfikatorami.')).optional(),
  list: z
    .enum(['brackets', 'dash'])
    .meta(
      described(
        'How the members named follow the count: in brackets ("(A, B i C)") or after a dash ("– A i B").',
        'Jak wymienieni członkowie następują po liczbie: w nawiasie (`brackets`: „(A, B i C)”) lub po półpauzie (`dash`: „– A i B”).',
      ),
    )
    .optional(),
}).meta(
  described(
    'A group of members: "27 państw członkowskich UE", "trzech krajów kandydujących (A, B i C)", or members named alone.',
    'Grupa członków: „27 państw członkowskich UE”, „trzech krajów kandydujących (A, B i C)” lub sami wymienieni członkowie.',
  ),
);

/** Who belongs to a body, told in one sentence. */
export const Composition = z
  .strictObject({
    verb: z
      .enum(['wchodzić', 'zrzeszać', 'składać się'])
      .meta(
        described(
          'The construction: wchodzić ("W skład X wchodzi …"), zrzeszać ("X zrzesza …", accusative), składać się ("X składa się z …", genitive).',
          'Konstrukcja: wchodzić („W skład X wchodzi …”), zrzeszać („X zrzesza …”, biernik), składać się („X składa się z …”, dopełniacz).',
        ),
      )
      .optional(),
    groups: z
      .array(MemberGroup)
      .min(1)
      .meta(described('The groups of members, in the order the sentence names them.', 'Grupy członków, w kolejności, w jakiej wymienia je zdanie.')),
  })
  .meta(
    described(
      'Who belongs to the body: groups of members, each a count with its noun and the members it names.',
      'Kto należy do instytucji: grupy członków, każda z liczbą, rzeczownikiem i wymienionymi członkami.',
    ),
  );

/** When and by whom a body was set up. */
export const Founding = z
  .strictObject({
    date: IsoDate.meta(described('When it was set up.', 'Kiedy ją utworzono.')),
    verb: z
      .enum(['założyć', 'utworzyć', 'powołać', 'ustanowić'])
      .meta(described('How: założyć (default), utworzyć, powołać, ustanowić.', 'Czasownik: założyć (domyślnie), utworzyć, powołać, ustanowić.'))
      .optional(),
    circumstances: Prose(
      'In what circumstances, as written after the date: "w trakcie polskiej prezydencji w Radzie UE".',
      'W jakich okolicznościach, w brzmieniu po dacie: „w trakcie polskiej prezydencji w Radzie UE”.',
    ).optional(),
    by: Prose(
      'On whose initiative, in the genitive, after "z inicjatywy": "Niemiec".',
      'Z czyjej inicjatywy, w dopełniaczu, po „z inicjatywy”: „Niemiec”.',
    ).optional(),
  })
  .meta(described('When the body was set up, and on whose initiative.', 'Kiedy i z czyjej inicjatywy utworzono instytucję.'));

/** The total of an event over several years, up to the end of one year before its last. */
const RunningTotal = z
  .strictObject({
    year: z
      .number()
      .int()
      .min(1000)
      .max(9999)
      .meta(described('The year whose section tells this total: 2017.', 'Rok, w którego rozdziale podaje się tę sumę: 2017.')),
    count: Count.meta(described('How many up to the end of that year ("15 misji").', 'Ile do końca tego roku („15 misji”).')).optional(),
    effort: Count.meta(described('What they came to up to the end of that year.', 'Ile to wyniosło do końca tego roku.')).optional(),
  })
  .meta(
    described(
      'A running total of an event over several years, told in the section of its year with "dotychczas".',
      'Suma dotychczasowa wydarzenia trwającego kilka lat, podawana w rozdziale swojego roku ze słowem „dotychczas”.',
    ),
  );

/** The kinds of event, each told by its own default wording. */
export const EVENT_KINDS = ['agreement', 'meeting', 'hosted', 'visit', 'deployment', 'training'] as const;

/** A one-off event of a year. */
export const Event = z
  .strictObject({
    date: IsoDate.meta(described('When it happened, or began: "2014-10-09".', 'Kiedy się odbyło lub rozpoczęło: „2014-10-09”.')),
    to: IsoDate.meta(
      described(
        'When it ended, for an event over several days or months: "2014-10-10".',
        'Kiedy się zakończyło, jeśli trwało kilka dni lub miesięcy: „2014-10-10”.',
      ),
    ).optional(),
    kind: z
      .enum(EVENT_KINDS)
      .meta(
        described(
          'agreement (signed), meeting (taken part in), hosted (organised), visit (study visit), deployment (experts sent), training.',
          '`agreement` (podpisane porozumienie), `meeting` (udział w spotkaniu), `hosted` (wydarzenie zorganizowane przez Urząd), `visit` (wizyta studyjna), `deployment` (oddelegowanie ekspertów), `training` (szkolenie).',
        ),
      ),
    who: z
      .enum([...WHO, 'experts'])
      .meta(
        described(
          "Who of the Office: office (default), head, representative, representatives, staff, experts, unless office.yaml's people words them otherwise.",
          'Kto z Urzędu: `office` (Urząd, domyślnie), `head` (Szef Urzędu), `representative` (przedstawiciel), `representatives` (przedstawiciele), `staff` (pracownicy), `experts` (eksperci), chyba że `people` w office.yaml nazywa ich inaczej.',
        ),
      )
      .optional(),
    what: NounPhrase.meta(
      described(
        'What it was, when not the kind\'s default ("porozumienie o współpracy", "spotkanie", "wizyta studyjna", "szkolenie").',
        'Czym było, jeśli nie tym, co domyślnie oznacza rodzaj („porozumienie o współpracy”, „spotkanie”, „wizyta studyjna”, „szkolenie”).',
      ),
    ).optional(),
    partners: z
      .array(BodyId)
      .meta(described('The organisations it was with or for, by id.', 'Instytucje, z którymi lub dla których się odbyło, podane identyfikatorami.'))
      .optional(),
    partnerCountries: z
      .array(CountryId)
      .meta(described('The countries it was with or for, by id.', 'Państwa, z którymi lub dla których się odbyło, podane identyfikatorami.'))
      .optional(),
    subject: Prose(
      'What it concerned, in the case the words before it ask: the genitive after "dotyczące" (agreement), the dative after "poświęconym" (meeting, training) or "poświęconą" (hosted, visit), the instrumental after "związanych z" (deployment).',
      'Czego dotyczyło, w przypadku, którego wymagają słowa przed nim: w dopełniaczu po „dotyczące” (`agreement`), w celowniku po „poświęconym” (`meeting`, `training`) lub „poświęconą” (`hosted`, `visit`), w narzędniku po „związanych z” (`deployment`).',
    ).optional(),
    places: z
      .array(CountryId)
      .meta(
        described(
          'Where: countries, by id; a name may carry "prep: na" ("na Cypr").',
          'Gdzie: państwa podane identyfikatorami; nazwa państwa może mieć „prep: na” („na Cypr”).',
        ),
      )
      .optional(),
    direction: z
      .enum(['to', 'in'])
      .meta(
        described(
          'How the places are told: to ("do Bułgarii", a deployment\'s default) or in ("w Bułgarii", the other kinds\' default).',
          'Jak podać miejsca: `to` („do Bułgarii”, domyślnie w misjach) albo `in` („w Bułgarii”, domyślnie w pozostałych rodzajach).',
        ),
      )
      .optional(),
    count: Count.meta(described('For a deployment: how many ("ponad 100 misji").', 'Przy oddelegowaniu (`deployment`): ile („ponad 100 misji”).')).optional(),
    effort: Count.meta(described('What it came to: "ok. 4,5 tys. dni roboczych".', 'Ile to wyniosło: „ok. 4,5 tys. dni roboczych”.')).optional(),
    visitors: z
      .array(BodyId)
      .meta(
        described(
          'hosted: the bodies whose delegation the Office hosted, by id ("delegacji Państwowej Służby Migracyjnej Ukrainy").',
          'Przy `hosted`: instytucje, których delegację Urząd przyjął, podane identyfikatorami („delegacji Państwowej Służby Migracyjnej Ukrainy”).',
        ),
      )
      .optional(),
    approximate: z
      .boolean()
      .meta(
        described(
          'true when "date" and "to" are estimates: the sentence then gives no date.',
          '`true`, gdy „date” i „to” są szacunkowe: zdanie nie podaje wtedy daty.',
        ),
      )
      .optional(),
    soFar: z
      .array(RunningTotal)
      .meta(
        described(
          'For an event over several years: the totals up to the end of each year before its last, each told that year ("dotychczas").',
          'Przy wydarzeniu trwającym kilka lat: sumy do końca każdego roku przed ostatnim, każda podana w rozdziale tego roku („dotychczas”).',
        ),
      )
      .optional(),
    paragraph: BodyId.meta(
      described(
        "The body in whose paragraph the event is told, when not its record's (an event of the Office: any body).",
        'Instytucja, w której akapicie opisuje się wydarzenie, jeśli nie jest to instytucja z tego rekordu (przy wydarzeniu samego Urzędu: dowolna instytucja).',
      ),
    ).optional(),
    sentence: RecordText.meta(
      described(
        "The event told in words of the record's own, replacing the kind's default wording.",
        'Wydarzenie opisane własnymi słowami rekordu, zamiast domyślnego brzmienia jego rodzaju.',
      ),
    ).optional(),
    wording: wordingField(EVENT_PARTS),
  })
  .meta(
    described(
      'A one-off event: an agreement, a meeting, a visit, a deployment, a training; over several years, told once, in the year it ends (or each year with "soFar").',
      'Jednorazowe wydarzenie: porozumienie, spotkanie, wizyta, oddelegowanie, szkolenie; trwające kilka lat opisuje się raz, w roku jego zakończenia (lub co roku, z „soFar”).',
    ),
  );
