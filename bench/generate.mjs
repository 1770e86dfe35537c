#!/usr/bin/env node
// Writes a synthetic data folder of N records for the benchmark: `npm run bench:generate -- --records N --out DIR`.
//
// The folder is valid (`coop-report validate --data DIR` exits 0) and something holds in every year from 2000 to
// 2025, so every year builds. Records are of every kind the section tells: Councils with working parties that the
// Office chairs or takes part in (with subgroups and components), agencies with boards, committees, networks with
// member counts and staff exchanges, international organisations with national offices the Office works with,
// partnership frameworks with projects per country, projects the Office takes part in, is a partner in or
// co-implements, bilateral commissions, and the countries they name. Names carry every case form. The same
// arguments give the same files (a seeded generator), so two runs measure the same data.
import { mkdirSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2025;

const TOPICS = [
  'azylu',
  'migracji',
  'wiz',
  'granic',
  'integracji',
  'powrotów',
  'przesiedleń',
  'recepcji',
  'ochrony',
  'dokumentów',
  'obywatelstwa',
  'readmisji',
];
const CHARACTERS = ['stała', 'stała, niemal bieżąca', 'regularna', 'ścisła'];

// Returns a seeded pseudo-random generator of numbers in [0, 1) (mulberry32).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Builds a noun phrase with every case form from a pattern: each case's head words, then a shared tail.
function phrase(heads, tail, gender, number) {
  const name = {};
  for (const [c, head] of Object.entries(heads)) name[c] = tail ? `${head} ${tail}` : head;
  name.gender = gender;
  if (number) name.number = number;
  return name;
}

/** The head words of each kind of name, in every case. */
const HEADS = {
  council: { nom: 'Rada', gen: 'Rady', dat: 'Radzie', acc: 'Radę', inst: 'Radą', loc: 'Radzie' },
  workingParty: { nom: 'Grupa Robocza', gen: 'Grupy Roboczej', dat: 'Grupie Roboczej', acc: 'Grupę Roboczą', inst: 'Grupą Roboczą', loc: 'Grupie Roboczej' },
  subgroup: { nom: 'podgrupa', gen: 'podgrupy', dat: 'podgrupie', acc: 'podgrupę', inst: 'podgrupą', loc: 'podgrupie' },
  agency: { nom: 'Agencja', gen: 'Agencji', dat: 'Agencji', acc: 'Agencję', inst: 'Agencją', loc: 'Agencji' },
  board: { nom: 'Rada Nadzorcza', gen: 'Rady Nadzorczej', dat: 'Radzie Nadzorczej', acc: 'Radę Nadzorczą', inst: 'Radą Nadzorczą', loc: 'Radzie Nadzorczej' },
  committee: { nom: 'Komitet', gen: 'Komitetu', dat: 'Komitetowi', acc: 'Komitet', inst: 'Komitetem', loc: 'Komitecie' },
  network: { nom: 'Sieć', gen: 'Sieci', dat: 'Sieci', acc: 'Sieć', inst: 'Siecią', loc: 'Sieci' },
  steering: {
    nom: 'Grupa Sterująca',
    gen: 'Grupy Sterującej',
    dat: 'Grupie Sterującej',
    acc: 'Grupę Sterującą',
    inst: 'Grupą Sterującą',
    loc: 'Grupie Sterującej',
  },
  organisation: { nom: 'Organizacja', gen: 'Organizacji', dat: 'Organizacji', acc: 'Organizację', inst: 'Organizacją', loc: 'Organizacji' },
  office: { nom: 'krajowe Biuro', gen: 'krajowego Biura', dat: 'krajowemu Biuru', acc: 'krajowe Biuro', inst: 'krajowym Biurem', loc: 'krajowym Biurze' },
  foundation: { nom: 'Fundacja', gen: 'Fundacji', dat: 'Fundacji', acc: 'Fundację', inst: 'Fundacją', loc: 'Fundacji' },
  framework: { nom: 'partnerstwa', gen: 'partnerstw', dat: 'partnerstwom', acc: 'partnerstwa', inst: 'partnerstwami', loc: 'partnerstwach' },
  commission: {
    nom: 'Komisja Międzyrządowa',
    gen: 'Komisji Międzyrządowej',
    dat: 'Komisji Międzyrządowej',
    acc: 'Komisję Międzyrządową',
    inst: 'Komisją Międzyrządową',
    loc: 'Komisji Międzyrządowej',
  },
  project: { nom: 'projekt', gen: 'projektu', dat: 'projektowi', acc: 'projekt', inst: 'projektem', loc: 'projekcie' },
  programme: { nom: 'program', gen: 'programu', dat: 'programowi', acc: 'program', inst: 'programem', loc: 'programie' },
  partnership: { nom: 'partnerstwo', gen: 'partnerstwa', dat: 'partnerstwu', acc: 'partnerstwo', inst: 'partnerstwem', loc: 'partnerstwie' },
  country: { nom: 'Państwo', gen: 'Państwa', dat: 'Państwu', acc: 'Państwo', inst: 'Państwem', loc: 'Państwie' },
  component: { nom: 'komponent', gen: 'komponentu', dat: 'komponentowi', acc: 'komponent', inst: 'komponentem', loc: 'komponencie' },
  city: { nom: 'Warszawa', gen: 'Warszawy', dat: 'Warszawie', acc: 'Warszawę', inst: 'Warszawą', loc: 'Warszawie' },
  states: { nom: 'inne państwa', gen: 'innych państw', dat: 'innym państwom', acc: 'inne państwa', inst: 'innymi państwami', loc: 'innych państwach' },
};

const OFFICE_YAML = `name:
  nom: Urząd do Spraw Cudzoziemców
  gen: Urzędu do Spraw Cudzoziemców
  dat: Urzędowi do Spraw Cudzoziemców
  acc: Urząd do Spraw Cudzoziemców
  inst: Urzędem do Spraw Cudzoziemców
  loc: Urzędzie do Spraw Cudzoziemców
  gender: m
short:
  nom: Urząd
  gen: Urzędu
  dat: Urzędowi
  acc: Urząd
  inst: Urzędem
  loc: Urzędzie
  gender: m
`;

// Writes a value as YAML: mappings and lists in block style, every string double-quoted.
function toYaml(value, indent = '') {
  if (Array.isArray(value)) return value.map((item) => `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`).join('\n');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => (v && typeof v === 'object' ? `${indent}${k}:\n${toYaml(v, `${indent}  `)}` : `${indent}${k}: ${toYaml(v)}`))
      .join('\n');
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

// Plans how many records of each kind make up N records: a fixed share of each, at least one of each. Councils
// grow as the square root, so each has more working parties in a larger set, as the one Council of the EU would.
function plan(n) {
  const share = (fraction) => Math.max(1, Math.round(n * fraction));
  const counts = {
    countries: share(0.04),
    councils: Math.max(1, Math.round(Math.sqrt(n) / 10)),
    subgroups: share(0.01),
    agencies: share(0.01),
    committees: share(0.03),
    networks: share(0.02),
    organisations: share(0.02),
    implementers: share(0.04),
    frameworks: share(0.004),
    commissions: share(0.02),
    partnershipProjects: share(0.06),
    participantProjects: share(0.08),
    partnerProjects: share(0.04),
    coProjects: share(0.03),
  };
  // each agency has a board, each network a steering group, each organisation a national office: two records apiece
  const fixed = Object.values(counts).reduce((a, b) => a + b, 0) + counts.agencies + counts.networks + counts.organisations;
  counts.workingParties = Math.max(1, n - fixed);
  return counts;
}

// Generates the records of a data folder of about N records (exactly N when N is 100 or more).
export function generateRecords(n, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const date = (lo = FIRST_YEAR, hi = LAST_YEAR) => {
    const year = between(lo, hi);
    const precision = rand();
    if (precision < 0.4) return { text: String(year), year };
    const month = String(between(1, 12)).padStart(2, '0');
    if (precision < 0.9) return { text: `${year}-${month}`, year };
    return { text: `${year}-${month}-${String(between(1, 28)).padStart(2, '0')}`, year };
  };
  // a span inside the years: open-ended a third of the time, otherwise ending one to eight years on
  const span = () => {
    const from = date(FIRST_YEAR, LAST_YEAR - 1);
    if (rand() < 0.33) return { from: from.text };
    const to = date(Math.min(from.year + 1, LAST_YEAR), Math.min(from.year + 8, LAST_YEAR));
    return { from: from.text, to: to.text };
  };
  const counts = plan(n);
  const bodies = new Map();
  const projects = new Map();
  const countries = new Map();
  const ids = (prefix, count) => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  const topic = (i) => `${TOPICS[i % TOPICS.length]} ${Math.floor(i / TOPICS.length) + 1}`;

  // countries
  const countryIds = ids('country', counts.countries);
  countryIds.forEach((id, i) => countries.set(id, { name: phrase(HEADS.country, `${i + 1}`, 'n') }));

  // Councils, each with its working parties; the first Council holds from the first year on, so every year builds
  const councilIds = ids('council', counts.councils);
  councilIds.forEach((id, i) =>
    bodies.set(id, {
      name: phrase(HEADS.council, `do spraw współpracy ${i + 1}`, 'f'),
      area: 'eu',
      type: 'council',
      participations: [{ from: i === 0 ? String(FIRST_YEAR) : date().text, who: 'representatives', role: 'participant' }],
    }),
  );
  const partyIds = ids('working-party', counts.workingParties);
  const subgroupOf = new Map();
  ids('subgroup', counts.subgroups).forEach((id, i) => subgroupOf.set(partyIds[i % partyIds.length], id));
  partyIds.forEach((id, i) => {
    const participation = { ...span(), who: pick(['representative', 'representatives']), role: rand() < 0.4 ? 'chair-delegation' : 'participant' };
    if (participation.role === 'chair-delegation' && subgroupOf.has(id)) participation.subgroup = subgroupOf.get(id);
    else if (participation.role === 'chair-delegation' && rand() < 0.2) participation.component = phrase(HEADS.component, `nr ${i + 1}`, 'm');
    bodies.set(id, {
      name: phrase(HEADS.workingParty, `do spraw ${topic(i)}`, 'f'),
      acronym: rand() < 0.3 ? `WP${i + 1}` : undefined,
      parent: councilIds[i % councilIds.length],
      participations: [participation],
    });
  });
  for (const [party, id] of subgroupOf) bodies.set(id, { name: phrase(HEADS.subgroup, `${id.toUpperCase()}`, 'f'), parent: party });

  // agencies and their boards
  ids('agency', counts.agencies).forEach((id, i) => {
    bodies.set(id, {
      name: phrase(HEADS.agency, `do spraw ${topic(i)}`, 'f'),
      acronym: `AG${i + 1}`,
      area: 'eu',
      established: date().text,
      noun: phrase(HEADS.agency, '', 'f'),
      category: phrase({ nom: 'instytucja', gen: 'instytucji', dat: 'instytucji', acc: 'instytucję', inst: 'instytucją', loc: 'instytucji' }, 'UE', 'f'),
      remit: 'ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji',
      tasks: 'zadania związane z budową wspólnego systemu',
    });
    bodies.set(`${id}-board`, {
      name: phrase(HEADS.board, `AG${i + 1}`, 'f'),
      parent: id,
      participations: [{ ...span(), who: 'representative', role: 'alternate' }],
    });
  });

  // committees the Office's staff sit in
  ids('committee', counts.committees).forEach((id, i) =>
    bodies.set(id, {
      name: phrase(HEADS.committee, `do spraw ${topic(i)}`, 'm'),
      area: 'eu',
      participations: [{ ...span(), who: pick(['staff', 'head', 'representative']), role: 'member', ...(rand() < 0.3 ? { scope: 'matching-tasks' } : {}) }],
    }),
  );

  // networks the Office belongs to, with member counts, and their steering groups
  const networkIds = ids('network', counts.networks);
  networkIds.forEach((id, i) => {
    const members = { euStates: between(2, 27), countries: [pick(countryIds), pick(countryIds)].filter((c, k, all) => all.indexOf(c) === k) };
    bodies.set(id, {
      title: `European Network ${i + 1}`,
      name: phrase(HEADS.network, `do spraw ${topic(i)}`, 'f'),
      acronym: `EN${i + 1}`,
      area: 'international',
      noun: phrase(HEADS.project, '', 'm'),
      members,
      basis: 'wymianie dobrych praktyk i doświadczeń',
      ...(rand() < 0.5 ? { exchange: { perYear: between(1, 6) } } : {}),
      participations: [{ ...span(), who: 'office', role: 'member' }],
    });
    bodies.set(`${id}-steering`, { name: phrase(HEADS.steering, `EN${i + 1}`, 'f'), parent: id, participations: [{ ...span(), who: 'head', role: 'member' }] });
  });

  // international organisations and their national offices, with which the Office cooperates
  const organisationIds = ids('organisation', counts.organisations);
  organisationIds.forEach((id, i) => {
    bodies.set(id, { name: phrase(HEADS.organisation, `do spraw ${topic(i)}`, 'f'), acronym: `ORG${i + 1}`, area: 'international' });
    bodies.set(`${id}-office`, {
      name: phrase(HEADS.office, `ORG${i + 1}`, 'n'),
      parent: id,
      location: phrase(HEADS.city, '', 'f'),
      participations: [{ ...span(), who: 'office', role: 'partner', character: pick(CHARACTERS) }],
    });
  });

  // bodies that carry out projects
  const implementerIds = ids('implementer', counts.implementers);
  implementerIds.forEach((id, i) =>
    bodies.set(id, { name: phrase(HEADS.foundation, `do spraw ${topic(i)}`, 'f'), ...(rand() < 0.5 ? { acronym: `FD${i + 1}` } : {}) }),
  );

  // partnership frameworks
  const frameworkIds = ids('framework', counts.frameworks);
  frameworkIds.forEach((id, i) =>
    bodies.set(id, {
      name: phrase(HEADS.framework, `na rzecz mobilności ${i + 1}`, 'n', 'pl'),
      area: 'partnerships',
      aim: 'wzmacnianie zdolności administracyjnych służb',
    }),
  );

  // bilateral commissions
  ids('commission', counts.commissions).forEach((id, i) =>
    bodies.set(id, {
      name: phrase(HEADS.commission, `do spraw ${topic(i)}`, 'f'),
      area: 'bilateral',
      participations: [{ ...span(), who: 'representative', role: 'participant' }],
    }),
  );

  // projects: partnerships with countries, projects the Office takes part in, is a partner in, or co-implements
  const implementers = () => Array.from({ length: between(1, 3) }, () => pick(implementerIds)).filter((b, k, all) => all.indexOf(b) === k);
  ids('partnership', counts.partnershipProjects).forEach((id, i) => {
    const country = countryIds[i % countryIds.length];
    projects.set(id, {
      name: phrase(HEADS.partnership, `nr ${i + 1} na rzecz mobilności z ${countries.get(country).name.inst}`, 'n'),
      context: pick(frameworkIds),
      country,
      ...spanOf(span()),
      participations: [{ who: 'representatives', role: 'participant' }],
    });
  });
  ids('project', counts.participantProjects).forEach((id, i) =>
    projects.set(id, {
      title: `Reception Project ${i + 1}`,
      name: phrase(HEADS.project, '', 'm'),
      context: pick([...networkIds, ...organisationIds]),
      implementers: implementers(),
      ...(rand() < 0.5 ? { otherPartners: true } : {}),
      aim: 'wypracowanie wspólnej metodologii',
      ...spanOf(span()),
      participations: [{ who: 'office', role: 'participant' }],
    }),
  );
  ids('programme', counts.partnerProjects).forEach((id, i) =>
    projects.set(id, {
      title: `Standard Procedures ${i + 1}`,
      name: phrase(HEADS.programme, '', 'm'),
      context: `${pick(organisationIds)}-office`,
      implementers: implementers(),
      ...spanOf(span()),
      participations: [{ who: 'office', role: 'partner' }],
    }),
  );
  ids('co-project', counts.coProjects).forEach((id, i) => {
    const from = date(FIRST_YEAR, LAST_YEAR - 1);
    const to = date(Math.min(from.year + 1, LAST_YEAR), Math.min(from.year + 5, LAST_YEAR));
    projects.set(id, {
      title: `Capacity Building ${i + 1}`,
      name: phrase(
        {
          nom: 'projekt pomocowy',
          gen: 'projektu pomocowego',
          dat: 'projektowi pomocowemu',
          acc: 'projekt pomocowy',
          inst: 'projektem pomocowym',
          loc: 'projekcie pomocowym',
        },
        '',
        'm',
      ),
      noun: phrase(HEADS.project, '', 'm'),
      beneficiary: pick(countryIds),
      context: pick(networkIds),
      from: from.text,
      to: to.text,
      participations: [
        { who: 'office', role: 'co-implementer', with: phrase(HEADS.states, '', 'n', 'pl'), component: phrase(HEADS.component, `nr ${i + 1}`, 'm') },
      ],
    });
  });
  return { bodies, projects, countries };
}

// Turns a span into a project's own from/to fields.
function spanOf(span) {
  return span.to ? { from: span.from, to: span.to } : { from: span.from };
}

// Writes the records as a data folder, replacing what was there.
export function writeDataFolder(out, records) {
  if (existsSync(out) && readdirSync(out).some((f) => !['office.yaml', 'bodies', 'projects', 'countries'].includes(f)))
    throw new Error(`${out} holds other files; give an empty or new folder`);
  rmSync(out, { recursive: true, force: true });
  for (const [folder, map] of [
    ['bodies', records.bodies],
    ['projects', records.projects],
    ['countries', records.countries],
  ]) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const [id, data] of map) writeFileSync(join(out, folder, `${id}.yaml`), `${toYaml(data)}\n`);
  }
  writeFileSync(join(out, 'office.yaml'), OFFICE_YAML);
}

// Reads --records N --out DIR [--seed S] from the arguments.
function parseArgs(argv) {
  const args = { records: undefined, out: undefined, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=');
    const value = inline ?? argv[++i];
    if (key === '--records') args.records = Number(value);
    else if (key === '--out') args.out = value;
    else if (key === '--seed') args.seed = Number(value);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.records) || args.records < 1) throw new Error('--records N needs a whole number of records, 1 or more');
  if (!args.out) throw new Error('--out DIR is required');
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const records = generateRecords(args.records, args.seed);
    writeDataFolder(resolve(args.out), records);
    const total = records.bodies.size + records.projects.size + records.countries.size;
    console.log(`${args.out}: ${records.bodies.size} bodies, ${records.projects.size} projects, ${records.countries.size} countries (${total} records)`);
  } catch (error) {
    console.error(`bench:generate: ${error.message}\nusage: npm run bench:generate -- --records N --out DIR [--seed S]`);
    process.exitCode = 2;
  }
}
