// The English catalogue: every message of the interface, by key, in ICU MessageFormat.
// pl.ts holds the same keys with the same placeholders (test/i18n/catalogues.test.ts checks it).

export const en = {
  // the program and its help
  'cli.description': 'Generates the "Współpraca międzynarodowa" section of the annual report from YAML records.',
  'cli.examples': `
Examples:
  coop-report build 2010            the 2010 section as out/wspolpraca-miedzynarodowa-2010.md and .docx
  coop-report build --all           every year that has data
  coop-report validate              every problem in data/, at its file:line:column
  coop-report diff 2009 2010        what started, ended or changed role between two years
  coop-report review 2011           what to check before writing 2011
  coop-report new-year 2011         open 2011 (asOf), then what to check
  coop-report confirm 2011          confirm for 2011 what still holds
  coop-report publish 2010          keep the printed 2010 section: every command then says when the data changes it
  coop-report preview 2010          the section in the browser, updated as records are saved
  coop-report init raport           a starter project to begin from: its config file and data folder

Run "coop-report <command> --help" for a command's options and examples.
`,
  'cli.version': 'output the version number',
  'cli.help': 'display help for command',
  'cli.help-command': 'display help for command',
  'cli.lang': 'the language of messages and help: en or pl (default: from LC_ALL, LC_MESSAGES or LANG)',
  'cli.title.usage': 'Usage:',
  'cli.title.arguments': 'Arguments:',
  'cli.title.options': 'Options:',
  'cli.title.commands': 'Commands:',
  'cli.title.global-options': 'Global Options:',
  'cli.usage-hint': 'Run "{name} --help" for the options and examples.',
  'cli.unknown-lang': '--lang takes en or pl, not "{value}".',
  'cli.system-error': 'Check the file or folder named, its permissions and the disk, and run the command again.',
  'cli.internal-error': 'internal error: {message}\nThis is a bug in coop-report; please report it with the command you ran and, if you can, the data.',
  'option.data': "the data folder (default: the config file's, or ./data)",
  'option.templates': 'a folder of templates that override the built-in ones by name',
  'option.quiet': 'print only problems',
  'option.report-format': 'how to print problems',
  'argument.year': 'the report year, four digits',

  // build
  'build.description': 'Write the section for a year (or every year with --all) as Markdown and DOCX.',
  'build.all': 'build every year that has data',
  'build.out': "where to write the files (default: the config file's, or ./out)",
  'build.format': "output formats, comma-separated, of md, docx, html, pdf (default: the config file's, or md,docx)",
  'build.sources': 'also write <stem>.sources.json: every sentence with the records, files and lines it came from',
  'build.heading-level': 'the level of the section heading in the DOCX',
  'build.reference-doc': 'a .docx whose styles and page set-up the DOCX and PDF take, as in pandoc',
  'build.soffice': "LibreOffice's soffice program, for pdf (default: $COOP_REPORT_SOFFICE, the PATH, then where LibreOffice installs)",
  'build.examples': `
Examples:
  coop-report build 2010                      out/wspolpraca-miedzynarodowa-2010.md and .docx
  coop-report build --all                     both files for every year that has data
  coop-report build 2011 --format docx --out reports
  coop-report build 2010 --data ../records --templates my-templates
  coop-report build 2010 --format docx,pdf --reference-doc raport.docx --heading-level 2
  coop-report build 2010 --format pdf --soffice "D:\\LibreOffice\\program\\soffice.exe"
  coop-report build 2010 --format html --sources   the page, and each sentence's records, files and lines
`,
  'build.year-and-all': 'Give a year or --all, not both (got {year} and --all).',
  'build.which-year': 'Which year? Give one, such as 2010, or --all for every year that has data.',
  'build.heading-level-range': '--heading-level must be a whole number from 1 to 6, not "{value}".',
  'build.summary': 'Built {years, plural, one {# year} other {# years}} ({range}): {files, plural, one {# file} other {# files}}, {size}.',
  'build.bad-year': 'The year must have four digits, such as 2010; got "{text}".',
  'build.unknown-format': 'Unknown output format "{format}"; expected a list of: {formats}.',
  'build.no-format': '--format needs at least one format.',

  // validate, years, diff, review
  'validate.description': 'Check every record, and every sentence of every year with the templates in use; print every problem, located.',
  'validate.templates': "a folder of templates that override the built-in ones by name (default: the config file's)",
  'validate.examples': '\nExamples:\n  coop-report validate\n  coop-report validate --data ./data --format github\n',
  'validate.summary':
    '{folder}: {bodies, plural, one {# body} other {# bodies}}, {projects, plural, one {# project} other {# projects}}, {countries, plural, one {# country} other {# countries}}; no errors.',
  'years.description': 'List the years that have data, with how many bodies and projects hold in each.',
  'years.json': 'print the list as JSON (year, bodies, projects)',
  'years.examples': `
Examples:
  coop-report years
  coop-report years --data ../records --json
`,
  'years.none': 'No record holds in any year.',
  'years.header.year': 'year',
  'years.header.bodies': 'bodies',
  'years.header.projects': 'projects',
  'years.with-data': 'Years with data: {years}.',
  'diff.description': "Show what started, ended or changed role between two years: the starting point for next year's section.",
  'diff.year-a': 'the earlier year, four digits',
  'diff.year-b': 'the later year, four digits',
  'diff.out': "with --format docx: the folder the DOCX of tracked changes goes to (default: out, or the config file's)",
  'diff.format': 'text for people, json for programs, docx for the later section with its changes tracked',
  'diff.examples': `
Examples:
  coop-report diff 2009 2010
  coop-report diff 2010 2011 --format json > changes.json
  coop-report diff 2010 2011 --format docx      out/wspolpraca-miedzynarodowa-2011-zmiany-od-2010.docx: the 2011
                                                section, its changes since 2010 (as published) tracked in Word
`,
  'diff.backwards':
    'The first year must be before the second: "diff {from} {to}" compares {from} with {same, select, yes {itself} other {an earlier year}}. Did you mean "diff {first} {second}"?',
  'diff.empty': 'Nothing in the data holds in {from} or in {to}. {which}',
  'diff.counts': '{started} started, {ended} ended, {changed} changed role, {changedFields} changed facts, {unchanged} unchanged',
  'diff.started': 'Started',
  'diff.ended': 'Ended',
  'diff.changed': 'Changed role',
  'diff.changed-fields': 'Changed facts',
  'diff.plan': 'Changed plan (what the section tells, not the facts)',
  'diff.part': '{role} ({who}{subgroup}) {span}',
  'diff.from': 'from {from}',
  'diff.none': 'none',
  'diff.quoted': '"{text}"',
  'role.chair-delegation': 'chair-delegation',
  'role.member': 'member',
  'role.participant': 'participant',
  'role.alternate': 'alternate',
  'role.partner': 'partner',
  'role.co-implementer': 'co-implementer',
  'role.function': 'function',
  'who.office': 'office',
  'who.head': 'head',
  'who.representative': 'representative',
  'who.representatives': 'representatives',
  'who.staff': 'staff',
  'review.description':
    'List what to check before writing a year: facts carried over unconfirmed, projects past their planned end, estimated dates, values unchanged for years, records told in no year.',
  'review.year': 'the year about to be written, four digits',
  'review.format': 'how to print the items',
  'review.strict': 'exit with code 1 when there is anything to check',
  'review.examples': `
Examples:
  coop-report review 2011
  coop-report review 2011 --report-format json > checklist.json
  coop-report review 2011 --strict                  in CI: exit code 1 until the checklist is empty
`,
  'review.items': '{count, plural, one {# item} other {# items}} to check before writing {year}.',
  'review.nothing': 'Nothing to check before writing {year}.',

  // init, preview, schema
  'init.description':
    'Write a starter project: coop-report.config.yaml, and a data folder with the Office, an example body and an example project, each commented, and the schema editors check them with.',
  'init.dir': 'the project folder (default: the working folder)',
  'init.examples': `
It writes {config} (data: {data}, out: out) and {data}/, so that every command works in the
folder as it is. It overwrites nothing: neither may exist yet.

Examples:
  coop-report init raport          writes ./raport; then: cd raport, coop-report build --all
  coop-report init                 writes the project into the working folder
`,
  'init.not-a-folder':
    '{path} is not a folder (it is a file or a device), and init writes a project into a folder. Name a new or empty folder instead, such as "coop-report init {folder}".',
  'init.exists': '{path} already exists; init writes a new project and overwrites nothing. Name a new folder, such as "coop-report init {folder}".',
  'init.next': 'Next:',
  'preview.description':
    'Show a preview of the section in the browser (at http://127.0.0.1) and update the open page whenever a record, template or the config file is saved.',
  'preview.year': 'the report year, four digits (default: the last year that has data)',
  'preview.port': 'the port on 127.0.0.1; 0 takes any free one',
  'preview.examples': `
The page shows the problems, each at its file:line:column, while the data has errors; a year selector; the
words added and removed since the previous year with data; and each sentence's records on hover or click.
Ctrl-C stops it.

Examples:
  coop-report preview 2010                  http://127.0.0.1:{port}/
  coop-report preview --port 8080 --data ../records
`,
  'preview.bad-port': '--port must be a whole number from 0 to 65535, not "{value}".',
  'preview.serving': 'Previewing the {year} section at {url}\nThe page updates when a record, template or the config file is saved. Ctrl-C stops.',
  'preview.stopped': 'Stopped.',
  'schema.description': 'Print the data format as JSON Schema, for a YAML editor to complete and check fields.',
  'schema.kind': 'the schema of one kind of record only (default: any record file)',
  'schema.examples': `
Examples:
  coop-report schema --write           writes data/schemas/<kind>.json, with the ids of the records
  coop-report schema --kind body       prints the schema of a body

init writes these files and VS Code's .vscode/settings.json, which gives the records of each folder the
schema of their kind; with --write the editor offers the ids of records added since. A record may also
name its schema on its first line (the path is relative to the file):
  # yaml-language-server: $schema=../schemas/body.json
`,

  // the count under the problems
  found: 'Found {count}.',
  'found.errors': '{count, plural, one {# error} other {# errors}}',
  'found.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'severity.error': 'error',
  'severity.warning': 'warning',

  // load: record files and the YAML in them
  'load.tab-indent': 'This line is indented with a tab; YAML indents with spaces only. Replace the tab with spaces.',
  'load.second-document':
    'A second YAML document starts here ("---"), but a record file holds one record. Remove the "---" line, or move what follows into a file of its own.',
  'load.too-deep-parser': `This file nests too deeply to be read; a record needs a few levels of nesting. Check for unclosed [ or '{' brackets.`,
  'load.tag':
    'The tag "{tag}" is not one of YAML\'s, and record files use no YAML tags. Remove the tag before the value; if "!" belongs to the text, put the value in quotes.',
  // the yaml library's syntax errors, by its error code (./load/yaml-errors.ts)
  'load.yaml.other': 'This is not valid YAML. Check this line and the one above for a missing quote, bracket or colon, or a wrong indentation.',
  'load.yaml.indent': `The indentation here does not match the lines around it: the fields of one mapping, and the items of one list, start at the same column, and a value in brackets [ ] or '{ }' is closed and indented more than its key. Line this up with the fields above it, or close the bracket.`,
  'load.yaml.colon-in-value':
    'A second "key: value" starts inside this value: a colon followed by a space begins a key. If the colon belongs to the text, put the whole value in quotes; if the next line is a field of its own, indent it as the fields beside it.',
  'load.yaml.missing':
    'Something is missing here: a colon after a field\'s name ("name: value"), a comma between the items in brackets, or a space before a comment ("#"). Add what is missing.',
  'load.yaml.unclosed-quote':
    'The {quote, select, double {double quote} other {single quote}} that opens this value is never closed, so everything after it, to the end of the file, reads as one text. Close the value with the same quote at its end.',
  'load.yaml.key-on-one-line':
    "A key fits on one line and ends with a colon: this line goes on with a key from the line above, or a colon is missing after a field's name. Add the colon, or put a long value in quotes.",
  'load.yaml.unexpected':
    'This cannot stand here: a bracket or a comma without its pair, text after a closing quote, or a list item ("- ") on the line of a field. Remove it, or put the whole value in quotes.',
  'load.yaml.reserved-start': 'A value without quotes cannot start with "{character}": YAML reserves it. Put the value in quotes.',
  'load.yaml.block-in-brackets': `Inside brackets [ ] or '{ }' the items stand on the line, separated by commas; a list item ("- ") or a "key: value" on a line of its own cannot be inside them. Write the items between the brackets with commas, or remove the brackets and write one item a line.`,
  'load.yaml.escape':
    'In double quotes a backslash begins a special character (a new line, say), and this one begins none. Put the value in single quotes instead, or write the backslash twice.',
  'load.yaml.marks':
    'Anchors ("&name"), aliases ("*name") and tags ("!name") are YAML\'s marks, which record files do not need, and here they are written as YAML does not allow. Remove them; if "&", "*" or "!" belongs to the text, put the value in quotes.',
  'load.yaml.directive':
    'A line that starts with "%" is a YAML directive, which record files do not use. Remove the line, or put a value that starts with "%" in quotes.',
  'load.yaml.long-key':
    'This key is over 1024 characters long: a key is a field\'s name. Probably a long value has lost its key, or its colon; write it as "name: value".',
  'load.yaml.duplicate-key': 'This key is already set in the same mapping, and a key can be set only once. Remove one of the two.',
  'load.tag-type':
    'The tag "{tag}" makes this value {kind, select, binary {binary data} timestamp {a date and time} set {a set} omap {an ordered mapping} pairs {a list of pairs} other {a value of a type of its own}}, which no field of a record takes: record files use no YAML tags. Remove the tag and write the value as text, a number, a list or a mapping.',
  'load.alias-without-anchor': 'The alias *{name} names no anchor: expected "&{name}" on a value above it. Write the value out instead.',
  'load.key-not-plain':
    'A key must be a plain name such as "name", but this key is {what, select, mapping {a mapping} list {a list} alias {an alias} other {nothing}}. Write "name: value".',
  'load.duplicate-key': 'Duplicate key "{name}": it is already set on line {line} of the same mapping, and a key may appear once. Remove one of the two.',
  'load.data-folder':
    'The data folder "{folder}" {why, select, missing {does not exist} file {is a file, not a folder} other {cannot be read ({why})}}. Pass the folder that holds office.yaml with --data DIR, or create one with "coop-report init".',
  'load.stray-yaml': '{entry} is not read: records live in bodies/, projects/ or countries/, and the Office in office.yaml.',
  'load.missing-office': 'No office.yaml in {folder}: it names the Office ("Urząd do Spraw Cudzoziemców") and is required.',
  'load.record-folder':
    '{folder} should be a folder of record files, but it {why, select, file {is a file} other {cannot be read ({why})}}. References to its records are not checked until it can be read.',
  'load.yml': '{entry} is not read: record files end in .yaml; rename it to {name}.yaml.',
  'load.bad-id':
    'The file name "{entry}" is not a usable id: records name each other by file name, which must be lower-case letters, digits and hyphens. Rename it to "{name}.yaml".',
  'load.not-utf8':
    'This file is not UTF-8: byte {hex} on line {line} is not valid UTF-8{guess, select, none {} other { ("{guess}" in Windows-1250, so the file was probably saved in that encoding)}}. Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
  'load.unreadable': 'Cannot read this record file: {why}.',
  'load.unreadable.ENOENT': 'it does not exist (a broken link?)',
  'load.unreadable.EACCES': 'you may not read it (permission denied); check its permissions',
  'load.unreadable.EPERM': 'you may not read it (operation not permitted); check its permissions',
  'load.unreadable.EISDIR': 'it is a folder, not a file',
  'load.unreadable.ELOOP': 'it is a link that leads in a circle',
  'load.unreadable.special': 'it is not a regular file (a device, pipe or socket)',
  'load.unreadable.other': 'the system refused ({code})',
  'load.too-large':
    'This file has {size, select, more {more than {max} bytes} other {{size} bytes}}; a record file may have at most {max} (1 MiB). A record is a few dozen lines: split the file into one file per record.',
  'load.utf16':
    'This file is saved in UTF-16 ({order, select, le {UTF-16LE, which Notepad calls "Unicode"} other {UTF-16BE}}), but record files are UTF-8. Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
  'load.outside-data':
    'This {what, select, folder {folder} other {file}} is a link to "{target}", which lies outside the data folder; coop-report reads only what lies inside it. Copy the {what, select, folder {folder} other {file}} into the data folder instead of linking to it.',
  'load.too-deep': `This file nests more than {max} levels deep (indentation, "- " and open brackets); a record needs a few. Check for unclosed [ or '{' brackets.`,
  'load.empty-file': 'This file is empty; expected a mapping of fields such as "name:" with its case forms. Fill it in, or delete the file.',
  'load.not-a-mapping':
    'A record file must hold a mapping of fields (key: value), but this one holds {what, select, list {a list} empty {an empty value} alias {an alias} other {the single value "{value}"}}.',
  'load.aliases': 'The aliases (*name) in this file expand to more than {max} values; a record file needs no aliases. Write the values out.',

  // validate: the rules
  'suggest.did-you-mean': ' Did you mean "{name}"?',
  'rule.so-far-year':
    'A running total for {year}, but the event runs to {end}: a total so far is told in a year from its start to the year before its last ({first}–{last}); the section of {end} tells the whole. Correct the year, or remove this total.',
  'rule.event-visitors':
    'Visitors are told only with "kind: hosted" (a study visit of their delegation hosted by the Office), and this event is "{kind}". Set "kind: hosted", or name them under "partners".',
  'rule.event-wording':
    'An event\'s sentence has no part "{part}".{suggestion} The parts of an event\'s sentence: {parts} (see docs/data-format.md). Check the name, or remove the part.',
  'rule.plan-year': 'A plan is named by the year whose section it plans, and "{id}.yaml" is not a year. Rename it to the year, such as "plans/2014.yaml".',
  'rule.plan-record': '"{id}" names no body or project; expected the id of a body, a project (a file in bodies/ or projects/) or "office".{hint}',
  'rule.function-as': `Missing field "as" for the role "function": name the function held, with its genitive ("as: '{'nom: krajowy punkt kontaktowy, gen: krajowego punktu kontaktowego'}'").`,
  'rule.overlap.span': '{from}{to, select, none {} other { to {to}}}',
  'rule.overlap.who':
    '{who, select, office {the Office} head {the Head of the Office} representative {a representative} representatives {representatives} staff {staff} other {{who}}}',
  'rule.overlap.role':
    '{role, select, chair_delegation {chair of the delegation} member {member} participant {participant} alternate {alternate} partner {partner} co_implementer {co-implementer} function {function} other {{role}}}',
  'rule.overlap.repeats':
    'This participation of {who} ({span}: {role}) repeats the one on line {line} ({otherSpan}), the same role in the same time. Merge the two spans into one.',
  'rule.overlap.contradicts':
    'This participation of {who} ({span}: {role}) contradicts the one on line {line} ({otherSpan}: {otherRole}) in the same time. End one span ("to:") before the other starts, or correct the dates.',
  'rule.overlap.overlaps':
    'This participation of {who} ({span}: {role}) overlaps the one on line {line} ({otherSpan}: {otherRole}). {same, select, yes {Merge the two spans into one.} other {End one span ("to:") before the other starts, or correct the dates.}}',
  'rule.unknown-id':
    '"{id}" names no record; expected the id of {kind, select, office {the Office} body {a body} project {a project} country {a country} plan {a year\'s plan} other {a record of the kind "{kind}"}} (a file in {folder}).{hint}',
  'rule.wrong-kind':
    '"{id}" is {actual, select, office {the Office} body {a body} project {a project} country {a country} plan {a year\'s plan} other {a record of the kind "{actual}"}} ({file}); expected the id of {kind, select, office {the Office} body {a body} project {a project} country {a country} plan {a year\'s plan} other {a record of the kind "{kind}"}} (a file in {folder}).{hint}',
  'rule.not-a-subgroup':
    '"{id}" is not a subgroup of "{body}": expected its "parent" to be "{body}", but {file} has {parent, select, none {no "parent"} other {"parent: {parent}"}}. Set its parent, or name one of this body\'s subgroups.',
  'rule.parent-cycle':
    'Bodies nest in a circle{year, select, none {} other { from {year} on}}: {chain}; expected a chain of parents that ends at a body with no "parent". Remove "parent" from one of them.',
  'rule.bad-character':
    'This text holds {character} at character {index}, a {kind, select, surrogate {half of a surrogate pair} control {control character} other {noncharacter}} that a DOCX cannot hold and a terminal may act on; delete it (it often comes with text pasted from another program).',
  'rule.invisible-character':
    'This text holds {character} at character {index}, which does not show but {bidi, select, yes {changes the order in which the text reads} other {splits or joins words unseen}}; delete it unless it is meant.',
  'rule.no-area.body':
    'This body has participations but no "area" (nor a parent with one), so the section has no place for it; add "area:" (eu, international, partnerships or bilateral) or a "parent".',
  'rule.no-area.project':
    'The context "{context}" has no "area" (nor a parent with one), so the section has no place for this project; give that body an "area" (eu, international, partnerships or bilateral).',
  'rule.bad-date':
    '"{value}" is not a valid date; expected an ISO date such as "2010", "2010-12" or "2010-12-01" that exists in the calendar (years from 0001, months 01-12, days that the month has).',
  'rule.end-before-start': 'The end date "{to}" is before the start date "{from}"; expected "to" on or after "from". Swap them or correct one.',
  'rule.end-before-date': 'The end date "{to}" is before the event\'s date "{date}"; expected "to" on or after "date". Swap them or correct one.',
  'rule.count-below-one':
    'The count {value} is less than 1, and the text puts it before the noun it counts ("w 0 misjach"); expected 1 or more. Correct it, or remove "count" when the number is not known.',
  'rule.repeated-entry':
    '"{id}" is already listed in {first}; expected each {kind, select, country {country} other {body}} once in a list, or the text names it twice ("Norwegii, Norwegii i Norwegii"). Remove the repeat.',
  'rule.as-of-before-first-year':
    '"asOf" ("{asOf}") is before {first}, the first year whose section is written from this data ("firstReportYear"); expected a date in {first} or later, or no section has facts kept current. Move "asOf" on, or correct "firstReportYear".',
  'rule.missing-from':
    'Missing "from" in this participation: expected the date it started (an ISO date such as "2010", "2010-12" or "2010-12-01"){own, select, yes {, here or in the project\'s own "from"} other {}}. Add "from:".',
  'rule.empty-change': 'This change names no field, only its date "{from}"; add the fields that take new values from then on, or remove it.',
  'rule.duplicate-change': 'Two changes have the date "{from}" (the first is on line {line}); expected one entry a date. Merge their fields into one entry.',
  'rule.changes-out-of-order':
    'The change dated "{from}" comes after one dated "{previous}"; expected the changes in date order, earliest first. Move this entry above the change dated "{previous}" (line {line}).',
  'rule.duplicate-id':
    'The id "{id}" is already used by {kind, select, office {the Office} body {a body} project {a project} country {a country} plan {a year\'s plan} other {a record of the kind "{kind}"}} in {file}; records name each other by id, so an id must be unique across folders. Rename one of the two files.',

  // validate: the fields the schema checks
  'path.item': 'item {position}',
  'schema.where': '{whole, select, yes {Field this record} other {Field "{path}"}}',
  'schema.where-in': 'in {whole, select, yes {this record} other {"{path}"}}',
  'schema.unknown-field': 'Unknown field "{key}" {where}.{hint} Allowed fields: {allowed}.',
  'schema.missing-field':
    'Missing required field "{name}" {where}: expected {expected}{about, select, none {} other { ({about})}}. Add "{name}:" with its value.',
  'schema.wrong-type': '{where} should be {expected}, but it is {found}.{hint}',
  'schema.not-allowed': '{where} is "{value}"; expected one of: {options}.{hint}',
  'schema.gender-hint': ' Did you mean "{meant}"? ({value} is {meant, select, m {masculine} f {feminine} other {neuter}}.)',
  'schema.empty': '{where} must not be empty; found {found}.',
  'schema.too-small': '{where} must be at least {minimum}; found {found}.',
  'schema.bad-format': '{where} is {found}; expected {expectation}.',
  'schema.not-a-date': '{where} is {found}; expected an ISO date such as "2010", "2010-12" or "2010-12-01".',
  'schema.other': '{where}: this value does not fit the data format; see docs/data-format.md.',
  'schema.bad-key': '{where}: "{key}" cannot name a part: a name is small letters and hyphens, starting with a letter, such as "beyond-eu".',
  'schema.expected':
    '{type, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {a mapping of fields} other {{type}}}',
  'schema.found':
    '{type, select, empty {empty} list {a list} mapping {a mapping} text {the text "{value}"} number {the number {value}} other {the value {value}}}',
  'schema.hint.unquote': ' Remove the quotes.',
  'schema.hint.boolean': ' Write true or false without quotes.',
  'schema.hint.quote': ' Put the value in quotes.',
  'schema.hint.list': ' Write it as a list: [{value}].',
  'schema.id-format': 'an id of lower-case letters, digits and hyphens',
  'schema.quantity-format': 'a number such as 22, 4.5, "4,5 tys.", "1,2 mln" or "15 000"',

  // the pipeline: problems met while writing a year
  'pipeline.in-section': ' (in the {year} section)',
  'pipeline.sentence': 'the {year} section ({template}:{line}:{column})',
  'pipeline.missing-form':
    '"{where}" has no {form, select, nom {nominative (nom)} gen {genitive (gen)} dat {dative (dat)} acc {accusative (acc)} inst {instrumental (inst)} loc {locative (loc)} other {{form}}} form, which a sentence of {sentence} needs. Add "{form}:" under "{where}".',
  'pipeline.record-text': '{message} (the {year} section)',
  'pipeline.template-data': '{message} A sentence of {sentence} needs it from "{where}".',
  'pipeline.beyond-as-of':
    'The facts go up to "{asOf}" ("asOf" in {file}), so {year} cannot be written from them yet. Open the year with "coop-report new-year {year}" (the year after asOf), then bring the records up to date for it.',
  'pipeline.before-first-year':
    'The first report year of this data is {first} ("firstReportYear" in {file}); earlier facts are kept as history, not written as sections. Lower "firstReportYear" to write {year}.',
  'pipeline.nothing-to-build': 'No record holds in any year: there is nothing to build.',
  'pipeline.empty-year': 'Nothing in the data holds in {year}. {which}',

  // the config file
  'config.not-a-file':
    '{file} should be a file of settings, but this is {what, select, folder {a folder} other {not a regular file (a pipe or a device)}}; remove it or put a file in its place.',
  'config.too-large':
    '{file} has {size, select, more {more than {max} bytes} other {{size} bytes}}; it holds a few settings and may have at most {max} (64 KiB). Is it the right file?',
  'config.unreadable':
    'Cannot read {file}: {code, select, EACCES {you may not read it (permission denied)} EPERM {you may not read it (operation not permitted)} ELOOP {it is a link that leads in a circle} other {the system refused ({code})}}. Check its permissions.',
  'config.not-a-mapping': '{file} holds a mapping of settings ({keys}).',
  'config.twice': '"{key}" is set twice; keep one.',
  'config.folder': '"{key}" takes a folder path, relative to {file}.',
  'config.root': '"root" takes true or false: true says this folder is the project\'s root.',
  'config.formats': '"formats" takes a list of output formats from: {formats}{unknown, select, none {} other {; "{unknown}" is not one}}.',
  'config.unknown': 'Unknown setting "{key}".{hint} The settings are: {keys}.',

  // writing files
  'page.title': 'coop-report preview – {year}',
  'preview.bad-request': 'Bad request: coop-report preview serves the page at / and its updates at /events.',
  'preview.failed-request': 'coop-report preview failed on this request; it keeps serving.',
  'preview.forbidden': 'coop-report preview answers only at 127.0.0.1 and localhost.',
  'preview.not-allowed': 'Method not allowed: coop-report preview only reads (GET and HEAD).',
  'preview.not-found': 'Not found: coop-report preview serves the page at / and its updates at /events.',
  'page.sources': 'Sources of this sentence',
  'page.templates-alone': 'This sentence comes from the templates alone',
  'page.year': 'Year',
  'page.added': 'added',
  'page.removed': 'removed',
  'page.rendering': 'Rendering {year}…',
  'page.not-connected': 'Not connected: is coop-report preview still running?',
  'page.cannot-show': 'The section cannot be shown until these are fixed',
  'page.warnings': 'Warnings',
  'page.error': 'error',
  'page.warning': 'warning',
  'page.no-earlier': 'No earlier year to compare with.',
  'page.compared': 'Marked: changes since {year}.',
  'page.updated': 'Updated {time}',
  'page.not-followed': 'What the preview cannot follow',
  'output.pdf':
    'The PDF LibreOffice made {problem, select, empty {is empty (0 bytes)} header {does not start with "%PDF", so it is not a PDF} other {has no page}}: it converted the DOCX without saying it failed. Nothing was written. Build again; if it happens again, open the DOCX in LibreOffice and export it as PDF there to see why.',
  'output.docx':
    'The DOCX is not a readable document{reason, select, none {: it lacks its main part, word/document.xml} other { ({reason})}}. Nothing was written. This is a fault of coop-report: please report it, with the command and the data.',
  'write.cannot': 'Cannot write here: {reason}',
  'write.EACCES': 'permission denied. Make the folder writable, or choose another folder (build: --out, or "out" in the config file).',
  'write.EPERM': 'the operation is not permitted. Make the folder writable, or choose another folder (build: --out, or "out" in the config file).',
  'write.EROFS': 'the file system is read-only. Choose another folder (build: --out, or "out" in the config file).',
  'write.ENOSPC':
    'the disk is full. Free some space, or choose another folder (build: --out, or "out" in the config file); the files already there are unchanged.',
  'write.EDQUOT':
    'your disk quota is used up. Free some space, or choose another folder (build: --out, or "out" in the config file); the files already there are unchanged.',
  'write.EEXIST': 'a file stands where a folder is needed. Move the file, or choose another folder (build: --out, or "out" in the config file).',
  'write.ENOTDIR': 'a file stands where a folder is needed. Move the file, or choose another folder (build: --out, or "out" in the config file).',
  'write.ENOENT':
    'a link on the path leads nowhere, or a folder was removed meanwhile. Fix the link, or choose another folder (build: --out, or "out" in the config file).',
  'write.no-subfolder': 'this folder takes no new folders (a system folder, such as /proc). Choose another folder (build: --out, or "out" in the config file).',
  'write.EISDIR':
    'it is a folder, where coop-report writes a file. Move or rename the folder, or choose another folder (build: --out, or "out" in the config file).',
  'write.ENAMETOOLONG': 'the path is too long. Choose a folder with a shorter path.',
  'write.ELOOP': 'the path goes round in a circle of symbolic links. Choose another folder (build: --out, or "out" in the config file).',
  'write.EMFILE': 'too many files are open. Close some programs and try again.',
  'write.EIO': 'the disk reported an input/output error. Check the disk, or choose another folder (build: --out, or "out" in the config file).',
  'write.EBUSY': 'the file is in use by another program (open in Word?). Close it and try again.',
  'write.ETXTBSY': 'the file is in use by another program. Close it and try again.',
  'write.source-date-epoch': 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, such as 1293796800; got "{text}".',

  // LibreOffice, for --format pdf
  'pdf.not-converted':
    'LibreOffice ({path}) did not convert the DOCX to PDF{failure, select, none {} other { ({failure})}}.{output, select, none {} other {\nIt said: {output}}}',
  'pdf.not-a-file': "{by} names {file}, which is not a file. Name LibreOffice's {program} program{usual, select, none {} other {, such as {usual}}}.",
  'pdf.not-found':
    '--format pdf needs LibreOffice, and {usual, select, none {no "{program}" program is on the PATH} other {"{program}" is neither on the PATH nor at {usual}}}. {advice}',
  'pdf.or': '{first} or {last}',
  'pdf.install.win32':
    'Install LibreOffice from https://www.libreoffice.org/download/ (it goes to C:\\Program Files\\LibreOffice), or, if it is installed elsewhere, name it with --soffice PATH or {variable}, or leave pdf out of --format.',
  'pdf.install.darwin':
    'Install LibreOffice from https://www.libreoffice.org/download/ (or: brew install --cask libreoffice), or, if it is installed elsewhere, name it with --soffice PATH or {variable}, or leave pdf out of --format.',
  'pdf.install.other':
    'Install LibreOffice (Debian and Ubuntu: apt-get install libreoffice-writer-nogui; Fedora: dnf install libreoffice-writer), or, if it is installed elsewhere, name it with --soffice PATH or {variable}, or leave pdf out of --format.',
  'pdf.not-started': 'it could not be started: {code}',
  'pdf.timed-out': 'stopped after {seconds} s',
  'pdf.exit-code': 'exit code {code}',
  'pdf.signal': 'ended by {signal}',
  'pdf.stopped': 'stopped by {signal} while LibreOffice converted the DOCX to PDF: LibreOffice was ended, and nothing was written.',
  'pdf.more': '{output}… (and {count} more characters)',

  // the reference document (--reference-doc)
  'reference.save-as': 'Save it from Word or LibreOffice as .docx.',
  'reference.folder': 'The reference document is a folder; give the path of a .docx file.',
  'reference.special': 'The reference document is not a regular file (a pipe or a device); give the path of a .docx file.',
  'reference.too-large':
    'The reference document has {size, select, more {more than {max} bytes} other {{size} bytes}}; it may have at most {max} (64 MiB). A template with the styles is enough.',
  'reference.missing': 'The reference document does not exist.',
  'reference.unreadable': 'The reference document cannot be read ({code}).',
  'reference.no-styles': 'The reference document is not a DOCX file: it has no word/styles.xml. {saveAs}',
  'reference.not-styles': "The reference document's word/styles.xml holds no <w:styles> element of WordprocessingML; it is not a Word styles part.",
  'reference.missing-part': "The reference document's word/_rels/document.xml.rels names {path} as its {kind} part, but the file holds no such part. {saveAs}",
  'reference.not-zip': 'The reference document is not a DOCX file that can be read: {why}. {saveAs}',
  'reference.bad-part': "The reference document's {path} cannot be used: {why}. {saveAs}",
  'zip.not-zip': 'it is not a zip archive',
  'zip.damaged-list': 'its list of entries is damaged',
  'zip.too-large': 'its part {name} would take {size} bytes once inflated; a part may take at most {max} (32 MiB)',
  'zip.bomb': 'its part {name} would inflate {ratio} times over (a zip bomb?); a part may inflate at most {max} times',
  'zip.damaged': 'its part {name} is damaged',
  'zip.cut-short': 'its part {name} is cut short',
  'zip.larger': 'its part {name} inflates to more than the {size} bytes its header declares',
  'zip.not-inflated': 'its part {name} cannot be inflated ({why})',
  'zip.method': 'its part {name} is compressed with method {method}; Word stores or deflates its parts',
  'zip.mismatch': 'its part {name} inflates to fewer bytes than its header declares; the file is damaged',
  'xml.not-utf8': 'it is not UTF-8 text',
  'xml.not-well-formed-at': 'it is not well-formed XML: line {line}, column {column}: {why}',
  'xml.not-well-formed': 'it is not well-formed XML: {why}',
  'xml.no-element': 'it holds no element',

  // review: the checklist before writing a year
  'review.no-as-of':
    'office.yaml does not say how far the facts go, so every open-ended fact is taken to hold until the latest date named anywhere. Add "asOf:" with the date the records are current to.',
  'review.carried-over':
    'This {role} ({who}) has held since {from} with no end, and nobody has confirmed it for {year}{confirmed, select, none {} other { (confirmed: {confirmed})}}. Check that it still holds, then confirm it with "coop-report confirm {year}" (which sets "confirmed" to {year} in this record), or end it with "to:".',
  'review.approximate-participation':
    'The dates of this {role} ({who}, from {from}{to, select, none {} other { to {to}}}) are marked as estimates ("approximate: true"). Confirm them from the sources and remove "approximate".',
  'review.past-planned-end':
    'The project was planned to end {to} ("to"), yet the Office still takes part in {year}. Move "to" to the new planned end, or end the participation.',
  'review.planned-end': 'The project is planned to end {to} ("to"), within {year}. Check that it did, or move "to".',
  'review.approximate-project': 'The project\'s dates are marked as estimates ("approximate: true"). Confirm them from the sources and remove "approximate".',
  'review.unchanged-value': `"{key}" has stayed the same since {from} ({years} years by {year}). Check that it still holds; record a change with "changes: ['{'from: …, {key}: …'}']", or confirm it with "coop-report confirm {year}".`,
  'review.never-told':
    "No section from {first} to {last} tells or names this {kind}. Add the Office's participation, refer to it from a record that is told, or remove the file.",

  // commander's own errors, matched by their text (./cli/commander-messages.ts); the English ones are commander's
  'commander.unknown-option': "unknown option ''{name}''",
  'commander.unknown-command': "unknown command ''{name}''",
  'commander.did-you-mean': '(Did you mean {names}?)',
  'commander.did-you-mean-one-of': '(Did you mean one of {names}?)',
  'commander.missing-argument': "missing required argument ''{name}''",
  'commander.option-missing-argument': "option ''{name}'' argument missing",
  'commander.too-many-arguments':
    "too many arguments{command, select, none {} other { for ''{command}''}}. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.",
  'commander.invalid-choice': "option ''{name}'' argument ''{value}'' is invalid. Allowed choices are {choices}.",
  'commander.usage': '[options]',
  'commander.usage-command': '[command]',
  'commander.quoted': '"{value}"',
  'placeholder.year': 'year',
  'placeholder.year-a': 'yearA',
  'placeholder.year-b': 'yearB',
  'placeholder.dir': 'dir',
  'placeholder.file': 'file',
  'placeholder.files': 'files',
  'placeholder.path': 'path',
  'placeholder.list': 'list',
  'placeholder.format': 'format',
  'placeholder.n': 'n',
  'placeholder.kind': 'kind',
  'placeholder.lang': 'lang',

  // validate: two records that name the same thing
  'rule.duplicate-name':
    'This {kind} has the same {which} as {file}, so the section would tell the same {kind} twice. If one file is a copy, give it its own {fields}; if they are the same {kind}, keep one file.',
  'rule.duplicate-name.one': '{field} ("{value}")',
  'rule.duplicate-name.many': '{first} and {last}',
  'config.using': 'using the settings in {file}',
  'commander.choices': 'choices:',
  'commander.default': 'default:',

  // the pipeline: a field no sentence tells
  'pipeline.untold-field':
    '"{key}" is given, but no sentence of any year tells it with the templates in use (the {kind}\'s role decides which fields its sentences use; see docs/data-format.md). Check the role, word it in a sentence of the record\'s own ("sentences"), or remove it.',

  // the pipeline: a part of a record's wording no sentence has
  'pipeline.unread-wording':
    'No sentence of any year has the part "{part}" this {kind} words, with the templates in use.{suggestion} The parts of the built-in sentences that a record of its kind ({kind}) words: {parts} (see docs/data-format.md). Check the name, and that the record is the one the sentence is about, or remove the part.',

  // templates: finding, checking and running them
  'template.not-a-file':
    'A template should be a text file, but this is {what, select, folder {a folder} other {not a regular file (a pipe or a device)}}; remove it or put a template in its place.',
  'template.too-large':
    'This template has {size, select, more {more than {max} bytes} other {{size} bytes}}; a template may have at most {max} (1 MiB). A template is a few lines of text.',
  'template.outside':
    'This is a link to "{target}", which lies outside its templates folder; templates are read only inside the folders given. Copy the template into the folder instead of linking to it.',
  'template.unreadable':
    'Cannot read this template: {code, select, EACCES {you may not read it (permission denied)} EPERM {you may not read it (operation not permitted)} ENOENT {it does not exist (a broken link?)} ELOOP {it is a link that leads in a circle} other {the system refused ({code})}}.',
  'template.partials-not-a-folder': 'This should be the folder of partials, but it is a file; remove it or put the partials in a folder of that name.',
  'template.unused': '{name} replaces no built-in template and no template includes it, so nothing uses it.{hint}',
  'template.built-in': ' The built-in templates are: {names}.',
  'template.folder':
    'The templates folder "{folder}" {why, select, missing {does not exist} other {is a file, not a folder}}; check --templates or "templates" in the config file.',
  'template.no-section': 'No {name} in the template folders ({folders}).',
  'template.helper-failed': 'The helper "{name}" failed: {message}',
  'template.handlebars': '{message}',
  'template.partial-cycle':
    "Partials include each other {depth} levels deep ({chain} → …): a partial includes itself, directly or through others. Remove the '{{'> …'}}' that closes the circle.",
  'template.record-text': 'In the text "{text}" (its line {line}, column {column}): {message}',
  'template.missing-field':
    "The data has no field \"{field}\" here{expression, select, none {} other { (in \"{expression}\")}}.{root, select, yes { A partial sees its block; the section's \"{field}\" is '{{'@root.{field}'}}'.} other { Check the name against the fields listed in the README (\"Custom templates\"), or guard it with '{{'#if …'}}'.}}",
  'template.not-text':
    '"{expression}" is {value}, which the text cannot show: it shows text and numbers. {kind, select, list {Go through its items with a block, such as "each", or name them with a helper that lists them (see docs/templates.md).} other {Name one of its fields ("{expression}.nom"), or word it with the helper "form" and a case (see docs/templates.md).}}',
  'template.unknown-partial': 'Unknown partial "{name}".{hint} The partials are: {partials}.',
  'template.writing-helper':
    'The helper "{name}" writes to the console, not into the text, and a template may not use it: the console carries the report of problems (JSON, GitHub annotations). Remove it.',
  'template.inner-name':
    '"{name}" names the inner workings of JavaScript objects, not a field of the data, and a template may not use it. Name a field of the record instead.',
  'template.literal-context':
    'The block "{name}" is given a literal value: it goes through a field of the data (such as record.participations), never through a text or number written in the template.',
  'template.blocks-too-deep':
    'The blocks here nest more than {max} deep: each level repeats what it holds, and a template needs two or three. Take the inner blocks apart.',
  'template.output-budget':
    'This template {limit, select, runs {ran its blocks more than {max} times} other {wrote more than {max} characters}} while being rendered, far more than {what, select, text {a text of a record} other {a section}} needs: its blocks repeat too much. Check the blocks around this place.',
  'template.includes-itself': 'The partial "{name}" includes itself ({chain}), so it would never end. Remove the inclusion that leads back to it.',
  'template.text-includes-itself': 'it shows itself again, through a partial or "say", so it would never end. Remove from the text what leads back to it.',
  'template.text-link':
    'it makes a link to "{url}", but a text of a record may link only to http://, https:// and mailto: addresses. Remove the link, or write the address in full.',
  'template.text-image':
    'it shows an image ("{url}"), but a text of a record shows none: the page would fetch it from elsewhere when opened. Remove the image.',
  'template.text-html':
    'it holds HTML ("{html}"), but a text of a record is plain text with Markdown at most. Remove the tag, or write "\\<" for a "<" that is meant as a character.',
  'template.record-text-output': 'In the text "{text}": {message}',
  'template.text-too-deep':
    'it nests lists or quotes more than {max} levels deep, and Markdown nested so deep takes minutes to read. Remove the "-", "*", "+", ">" or "1." markers at its start.',
  'template.text-too-marked':
    'it holds too many "*", "_", "[" or "](" that are not escaped, or are nested or never closed, and Markdown so marked takes minutes to read. Write "\\*", "\\_" or "\\[" for a character meant as itself, and close each "[" and "(".',
  'template.markdown-too-deep':
    'The Markdown the templates wrote nests lists or quotes more than {max} levels deep at its line {line} ("{text}"): Markdown nested so deep takes minutes to read, and a section needs no such nesting. Look for a line that starts with many "-", "*", "+", ">" or "1." markers, or with deep indentation.',
  'template.markdown-too-marked':
    'The Markdown the templates wrote holds too many "*", "_", "[" or "](" that are not escaped, or are nested or never closed, in its paragraph at line {line} ("{text}"): Markdown so marked takes minutes to read. Write "\\*", "\\_" or "\\[" for a character meant as itself, and close each "[" and "(".',
  'template.unknown-helper': 'Unknown helper "{name}".{hint} The helpers are listed in docs/templates.md.',
  'template.too-deep': 'This template nests blocks or expressions too deeply to be read; a template needs a few levels.',
  'template.mismatch': "Template syntax error: '{{'#{opened}'}}' is closed by '{{'/{closed}'}}'; close it with '{{'/{opened}'}}'.",
  'template.unclosed': "Template syntax error: '{{'#{name}'}}' is never closed; add '{{'/{name}'}}' where the block ends.",
  'template.unexpected': 'Template syntax error: unexpected {what, select, text {text} end {end of the template} other {"{token}"}} here.',

  // the helpers of templates: a value of the wrong kind
  'helper.form-of': '"form" needs a noun phrase, but got {value}.',
  'helper.not-a-case': '"{value}" is not a case; the cases are {cases}.{hint}',
  'helper.no-form': 'The noun phrase "{phrase}" has no "{form}" form; add "{form}:" to it in the data.',
  'helper.agreement': 'Expected a noun phrase or one of "m", "f", "n", "pl" to agree with, but got {value}.',
  'helper.direction': 'Expected a direction ({directions}), but got {value}.',
  'helper.places-conjunction': 'The conjunction of places is "i" or "oraz", but got {value}.',
  'helper.place': 'A place is a noun phrase or a record with a name, but got {value}.',
  'helper.participle': 'Expected a verb of founding ({verbs}), but got {value}.',
  'helper.place-prep': 'The "prep" of a place is "w" or "na", but "{place}" has {value}.',
  'helper.unknown-noun': 'Unknown counted noun "{noun}".{hint} Known nouns: {nouns}; or give its forms as \'{ one: …, few: …, many: … }\'.',
  'helper.unknown-verb': 'Unknown verb "{verb}".{hint} Known verbs: {verbs}; or give its forms as \'{ present3sg: …, present3pl: …, pastStem: … }\'.',
  'helper.case': 'Expected a case ({cases}), but got {value}.',
  'helper.tense': 'Expected a tense ("present", "past" or "future"), but got {value}.',
  'helper.number': 'Expected a number (such as 22, 4.5, "4,5 tys." or "1,2 mln"), but got {value}.',
  'helper.bound': 'Expected a bound ({bounds}), but got {value}.',
  'helper.aspect': 'The last argument of verbForms is "perfective" or nothing, but got {value}.',
  'helper.no-count': 'A count needs "count".',
  'helper.argument':
    'Argument {position} of "{helper}" should be {expected, select, phrase {a noun phrase (with "nom")} record {a record with a name} records {a list of records with names} date {a date} case {a case (nom, gen, dat, acc, inst, loc)} text {a text} number {a number} list {a list} mapping {a mapping of fields} mappings {a mapping of fields or a list of them} agreement {a noun phrase or one of "m", "f", "n", "pl"} other {{expected}}}, but got {value}.',
  'helper.value.nothing': 'nothing (a field the data does not have, or a misspelt name?)',
  'helper.value.text': '"{text}"',
  'helper.value.list': '{count, plural, one {a list of # value} other {a list of # values}}',
  'helper.value.mapping':
    '{none, select, yes {an empty mapping} other {a mapping of {keys}{more, plural, =0 {} one { and # more field} other { and # more fields}}}}',

  // Polish grammar: a counted noun or a verb written in the data or a template, and values it cannot write
  'noun.written': 'A counted noun is written {example}, found {value}.',
  'noun.unknown-field': 'A counted noun has no field "{field}"; its fields are {fields}.',
  'noun.needs':
    'A counted noun needs "{key}" ({key, select, one {the nominative singular} few {the nominative plural} other {the genitive plural}}), as in {example}.',
  'noun.other': 'The "other" form of a counted noun (its genitive singular) must be text.',
  'noun.gender': 'The gender of a counted noun is "m", "f" or "n", found {value}.',
  'noun.personal': 'The "personal" mark of a counted noun is true or false.',
  'noun.case-forms': '"{number}" of a counted noun holds case forms, as in {number}: \'{ inst: … }\'.',
  'noun.cases': '"{number}" of a counted noun holds the cases {cases}, found "{key}".',
  'noun.case-text': '"{number}.{key}" of a counted noun must be text.',
  'noun.missing-form':
    'The counted noun "{noun}" has no {form, select, nom {nominative} gen {genitive} dat {dative} acc {accusative} inst {instrumental} other {locative}} {number, select, sg {singular} other {plural}}; give it as "{key}".',
  'verb.written': 'A verb is written {example}, found {value}.',
  'verb.unknown-field': 'A verb has no field "{field}"; its fields are {fields}.',
  'verb.text': 'The "{key}" of a verb must be text.',
  'verb.aspect': 'A verb gives either present3sg and present3pl (imperfective) or future3sg and future3pl (perfective), as in {example}.',
  'verb.both': 'A verb needs both {tense, select, present {present3sg and present3pl} other {future3sg and future3pl}}.',
  'verb.past-twice': 'A verb gives its past either as "pastStem" or as "past", not both.',
  'verb.past-forms': 'The "past" of a verb gives {keys}{missing, select, none {} other {; missing: {missing}}}.',
  'verb.past-stem': 'A verb needs "pastStem", the stem before "-ł" ("gości" for gościł), or every past form in "past".',
  'verb.perfective-present': 'A perfective verb ("{verb}") has no present tense; use the past or the future.',
  'verb.future-infinitive': 'The future of an imperfective verb ("{verb}") is "będzie" with its infinitive; give its infinitive.',
  'grammar.adjective': 'Expected a masculine nominative singular adjective ending in -y or -i, found "{value}".',
  'grammar.words-range': 'Numbers are written in words from 1 to {max}, found {value}.',
  'grammar.no-numeral': 'No numeral word for {value}.',
  'grammar.day-without-month': 'A date with a day must have a month, found {value}.',
  'grammar.month': 'Expected a month from 1 to 12, found {value}.',
  'grammar.not-decimal': 'Cannot write {value} as a plain decimal number.',

  // the preview
  'preview.port-in-use': 'Port {port} on 127.0.0.1 is in use; stop what uses it or choose another with --port.',
  'preview.server-error': 'The preview met an error and keeps serving: {message}',
  'preview.gone': '"{path}" is not there; the preview follows it again as soon as it is back.',
  'preview.cannot-follow': 'Cannot follow the changes in "{path}" ({reason}); the rest is followed as before, and this path again as soon as it can be read.',
  'preview.following-again': 'Following the changes in "{path}" again.',
  'preview.reason-permission': 'no permission to read it',
  'preview.reason-loop': 'a loop of symbolic links',
  'preview.reason-too-many': 'the system cannot watch more files',
  'preview.reason-system': 'system error {code}',

  // the analyst's year: new-year, confirm, publish, and published years kept as published
  'new-year.description': 'Open the next year: move "asOf" in office.yaml to it, then list what to check before writing it.',
  'new-year.year': 'the year to open, four digits: the year after "asOf"',
  'new-year.examples': `
Examples:
  coop-report new-year 2011         asOf "2010" becomes "2011"; then the review of 2011
  coop-report confirm 2011          then confirm what still holds

The whole routine, from last year's data to this year's DOCX: new-year, review's items checked and changed in the
records, confirm, build; publish once the section is printed.
`,
  'new-year.no-as-of':
    'office.yaml does not say how far the facts go ("asOf"), so coop-report cannot tell which year comes next. Add "asOf:" with the last year the records are current to, then run "coop-report new-year {year}" again.',
  'new-year.not-next': 'The facts go to {asOf} ("asOf"), so the year to open is {next}, not {year}.{open, select, yes { {year} is open already.} other {}}',
  'new-year.opened': 'Opened {year}: "asOf" in {file}:{line} now reads {year} (it read {before}).',
  'new-year.next':
    'Next: check each item above; record in the data what changed; confirm what still holds with "coop-report confirm {year}"; then "coop-report build {year}".',
  'confirm.description':
    'Confirm for a year the facts carried over from earlier years: write "confirmed" with the year into each record that review lists (or only into the files named).',
  'confirm.year': 'the year the facts are confirmed for, four digits',
  'confirm.files': 'record files to confirm (default: every record that review lists)',
  'confirm.examples': `
Examples:
  coop-report confirm 2011                                   every record that review 2011 lists
  coop-report confirm 2011 data/bodies/enaro.yaml            that record only

Each record gets "confirmed: YEAR" as its last field, or has it changed where it stands; comments, order and
formatting stay as written. The files are written all or none.
`,
  'confirm.not-a-record': '{file} is not a record file of the data folder {folder}. Name files under bodies/ or projects/ of that folder.',
  'confirm.confirmed': '{file}:{line} confirmed for {year} ({count, plural, one {# item} other {# items}} of review)',
  'confirm.nothing-in': '{file}: nothing to confirm for {year}.',
  'confirm.summary': '{count, plural, =0 {Nothing to confirm for {year}.} one {Confirmed # record for {year}.} other {Confirmed # records for {year}.}}',
  'publish.description':
    "Keep a year's section as published, in published/ beside the data folder: from then on validate, build, review and preview say when the data would change it.",
  'publish.year': 'the year whose section was published, four digits',
  'publish.accept': 'replace the kept section with the one the data gives now, accepting its changes',
  'publish.examples': `
Examples:
  coop-report publish 2010              keep the 2010 section as published (commit published/ with the data)
  coop-report publish 2010 --accept     accept on purpose the changes the data makes to it
`,
  'publish.published':
    'Published {year}: {file} ({sentences, plural, one {# sentence} other {# sentences}}). Commit it with the data; from now on validate, build, review and preview say when the data would change it.',
  'publish.unchanged': 'The {year} section is published already, and the data leaves it as it is: {file}.',
  'publish.accepted': 'Accepted the changes to the published {year} section: {file} now holds the section the data gives.',
  'publish.refused':
    'The {year} section is published, and the data changes it (above). Nothing was written. If the changes are meant, run "coop-report publish {year} --accept".',
  'published.changed':
    'The published {year} section would change in paragraph {paragraph}. Published: {before, select, none {(no sentence)} other {"{before}"}} Now: {after, select, none {(no sentence)} other {"{after}"}} Made from: {sources}. If the change is meant, accept it with "coop-report publish {year} --accept"; otherwise undo the edit.',
  'published.changed-layout':
    'The published {year} section would change in its heading or layout, though no sentence reads otherwise. If the change is meant, accept it with "coop-report publish {year} --accept".',
  'published.no-sources': 'no record',
  'published.more-sources': '{count, plural, one {, and # more record} other {, and # more records}}',
  'published.unreadable': 'The folder of published sections {file} cannot be read.',
  'option.strict': "treat a change to a published year's section as an error (exit code 1)",

  // the analyst's editor: the JSON Schema of each kind and VS Code's settings
  'editor.schema-title': 'coop-report {kind} ({place})',
  'editor.any-title': 'coop-report record file',
  'editor.write':
    "write the JSON Schema of each kind into the data folder's schemas/, in the language of the run and listing the ids of the records, for the editor (again after adding a record)",
  'editor.settings-kept': '{path} exists, and init left it as it is. For VS Code to check the records, add to it the "yaml.schemas" the README shows.',
} as const satisfies Record<string, string>;

/** A message of the interface. */
export type MessageKey = keyof typeof en;
