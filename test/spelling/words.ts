// The words of a section that the spelling test checks.

// Lists the words to check: quoted titles („…”, »…«) and acronyms (two or more capitals) are left out.
export function wordsToCheck(text: string): string[] {
  const unquoted = text
    .replace(/„[^”]*”/g, ' ')
    .replace(/»[^«]*«/g, ' ')
    .replace(/^#.*$/m, (h) => h.slice(1));
  return (unquoted.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).filter((w) => !/^\p{Lu}{2,}$/u.test(w));
}
