// How the section names the people of the Office who take part: each `who` value's noun phrase, when the analyst
// words it otherwise than the built-in one ("Dyrektor Generalny Urzędu", "przedstawicielki Urzędu").
import * as z from 'zod';
import { described } from './described.ts';
import { NounPhrase } from './fields.ts';

// Describes the phrase of one `who` value, with the built-in phrase it replaces.
const person = (who: string, nom: string) =>
  NounPhrase.meta(
    described(
      `Who: ${who}, the whole phrase with its gender and number, instead of "${nom}".`,
      `Kto: \`${who}\`, cała fraza z rodzajem i liczbą, zamiast „${nom}”.`,
    ),
  ).optional();

/** The phrases naming who of the Office takes part, each replacing the built-in one everywhere it is used. */
export const People = z
  .strictObject({
    head: person('head', 'Szef Urzędu'),
    representative: person('representative', 'przedstawiciel Urzędu'),
    representatives: person('representatives', 'przedstawiciele Urzędu'),
    staff: person('staff', 'pracownicy Urzędu'),
    experts: person('experts', 'eksperci Urzędu'),
  })
  .meta(
    described(
      'How the text names who of the Office takes part (the "who" of participations and events), by who: each a noun phrase replacing the built-in one, the Office named in it where wanted ("Dyrektor Generalny Urzędu", "funkcjonariusze").',
      'Jak tekst nazywa osoby z Urzędu, które uczestniczą („who” udziałów i wydarzeń), według `who`: każda fraza rzeczownikowa zastępuje wbudowaną, z nazwą Urzędu, jeśli ma w niej być („Dyrektor Generalny Urzędu”, „funkcjonariusze”).',
    ),
  );
