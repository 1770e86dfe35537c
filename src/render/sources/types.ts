// What provenance says about the section: each sentence with the records, files, lines and fields it was made from.

/** A field of a record that a sentence was made from, at its line in the record's file. */
export interface FieldSource {
  field: string;
  line: number;
}

/** A record a sentence was made from: its id, its file as the user sees it, the line it starts at, and the fields read. */
export interface RecordSource {
  id: string;
  file: string;
  line: number;
  fields: FieldSource[];
}

/** A sentence of the section: its paragraph (1-based), where it lies in the paragraph's text, its text and sources. */
export interface Sentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  sources: RecordSource[];
}

declare module 'mdast' {
  interface RootData {
    /** The sentences of the section's paragraphs, when it was rendered with its sources. */
    sentences?: Sentence[];
  }
}
