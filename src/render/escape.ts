// Escapes values from the data so that Markdown shows them literally.

const SPECIAL = /[\\`*_[\]<>#&|~]/g;

// Backslash-escapes the characters Markdown would read as markup.
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^- /, '\\- ');
}

// Copies a value with every string in it escaped for Markdown; shared and circular references stay shared.
export function escapeView<T>(value: T, seen = new WeakMap<object, unknown>()): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(escapeView(item, seen));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = escapeView(item, seen);
  return copy as T;
}
