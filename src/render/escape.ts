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

/** Told of each object a template reads fields of, at its first read in a rendering: what hears the fields read of it
 * (each key and value, before escaping), or nothing when its reads do not matter. */
export type ReadHook = (target: object) => FieldReads | undefined;

/** Hears the fields read of one object: the key and the value (before escaping). */
export type FieldReads = (key: string, value: unknown) => void;

/** What the views of one rendering share: the view of each object, and the hook. */
interface Rendering {
  views: Map<object, unknown>;
  onRead?: ReadHook;
}

/** How the view of one object reads: its field hook is asked for at its first read, and kept (null: nothing hears). */
class FieldView implements ProxyHandler<object> {
  reads: FieldReads | null | undefined;
  constructor(private readonly rendering: Rendering) {}

  get(target: object, key: string | symbol): unknown {
    const item: unknown = Reflect.get(target, key);
    // a record's own text is a template: it is read as written, and what it shows of the data is escaped as it runs
    if (typeof key === 'symbol' || (key === 'text' && isRecordText(target))) return item;
    const { onRead } = this.rendering;
    if (onRead) {
      if (this.reads === undefined) this.reads = onRead(target) ?? null;
      this.reads?.(key, item);
    }
    return typeof item === 'string' ? escapeMarkdown(item) : item === null || typeof item !== 'object' ? item : viewIn(item, this.rendering);
  }
}

// Returns a view of a value in which every string reads escaped for Markdown. Objects are wrapped as they
// are read, not copied: the records a section names point at their parents, children and projects, so a copy would
// take in the whole data set for every year built; a view costs only what the templates read. The same object
// always gives the same view, so shared and circular references stay shared: `views` holds the view of each object
// for one rendering (a Map, which the collector drops whole with the rendering, not one entry at a time). `onRead`,
// when given, is told of every object whose fields are read, and what it returns of every field read
// (src/render/sources traces each sentence to its records with it).
export function escapeView<T>(value: T, views = new Map<object, unknown>(), onRead?: ReadHook): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (value === null || typeof value !== 'object') return value;
  return viewIn(value, { views, onRead }) as T;
}

// Returns the view of an object in a rendering, made at its first read; one handler per view, which holds what hears
// its reads, so that a read looks nothing up.
function viewIn(value: object, rendering: Rendering): unknown {
  const known = rendering.views.get(value);
  if (known) return known;
  const view = new Proxy(value, new FieldView(rendering));
  rendering.views.set(value, view);
  return view;
}

// Tells whether an object is a record's own text: its template text and where it was written.
function isRecordText(value: object): boolean {
  const { text, origin } = value as { text?: unknown; origin?: { position?: unknown } };
  return typeof text === 'string' && typeof origin?.position === 'function';
}
