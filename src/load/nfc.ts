// Normalizes text to NFC, as the data is compared and shown.

/** A character outside ASCII: text of ASCII alone is the same in NFC. */
const BEYOND_ASCII = /[^\u0000-\u007f]/;

// Returns a text in NFC. Text of ASCII alone (most keys and many values) is returned as it is without asking ICU, which
// costs more than the test for each of the million strings of a 50,000-record data set.
export function nfc(text: string): string {
  return BEYOND_ASCII.test(text) ? text.normalize('NFC') : text;
}
