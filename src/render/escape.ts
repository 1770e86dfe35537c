// Escapes values from the data so that Markdown shows them literally.

const SPECIAL = /[\\`*_[\]<>#&|~]/g;
/** Anything escapeMarkdown would change: most names and words have none of it. */
const ANY = /[\\`*_[\]<>#&|~]|^\d+\. |^- /;

// Backslash-escapes the characters Markdown would read as markup.
export function escapeMarkdown(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^- /, '\\- ');
}

/** Told of each field a template reads: the object it is read from, the key and the value (before escaping). */
export type ReadHook = (target: object, key: string, value: unknown) => void;

// Returns a view of a value in which every string reads escaped for Markdown. Objects are wrapped as they
// are read, not copied: the records a section names point at their parents, children and projects, so a copy would
// take in the whole data set for every year built; a view costs only what the templates read. The same object
// always gives the same view, so shared and circular references stay shared: `views` holds the view of each object
// for one rendering (a Map, which the collector drops whole with the rendering, not one entry at a time). `onRead`,
// when given, is told of every field read (src/render/sources traces each sentence to its records with it).
export function escapeView<T>(value: T, views = new Map<object, unknown>(), onRead?: ReadHook): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const known = views.get(value);
  if (known) return known as T;
  const view = new Proxy(value, {
    get: (target, key) => {
      const item: unknown = Reflect.get(target, key);
      // a record's own text is a template: it is read as written, and what it shows of the data is escaped as it runs
      if (typeof key === 'symbol' || (key === 'text' && isRecordText(target))) return item;
      onRead?.(target, key, item);
      return escapeView(item, views, onRead);
    },
  });
  views.set(value, view);
  return view;
}

// Tells whether an object is a record's own text: its template text and where it was written.
function isRecordText(value: object): boolean {
  const { text, origin } = value as { text?: unknown; origin?: { position?: unknown } };
  return typeof text === 'string' && typeof origin?.position === 'function';
}
