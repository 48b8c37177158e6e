// Field splitting (bash manual "Word Splitting", POSIX 2.6.5) of one expanded word.

/** A run of expanded text; `split` when it came from an unquoted expansion. */
export interface Segment {
  readonly text: string;
  readonly split: boolean;
  /** From quotes: starts a field even when empty (`""` is one empty argument). */
  readonly quoted: boolean;
}

const DEFAULT_IFS = ' \t\n';
const IFS_WHITESPACE = ' \t\n';

/**
 * Splits on IFS (unset: space, tab, newline; empty: no splitting). IFS whitespace runs
 * are one delimiter and never make empty fields; each other IFS character ends a field,
 * so `a::b` with IFS=: gives `a`, ``, `b`, while a trailing one does not add an empty field.
 */
export function splitFields(segments: readonly Segment[], ifsValue: string | undefined): string[] {
  const ifs = ifsValue ?? DEFAULT_IFS;
  const fields: string[] = [];
  let field = '';
  let started = false;
  let afterWhitespaceDelimiter = false;
  const add = (text: string): void => {
    field += text;
    started = true;
    afterWhitespaceDelimiter = false;
  };
  const end = (): void => {
    fields.push(field);
    field = '';
    started = false;
  };
  for (const seg of segments) {
    if (!seg.split || ifs === '') {
      if (seg.quoted || seg.text !== '') add(seg.text);
      continue;
    }
    for (const ch of seg.text) {
      if (!ifs.includes(ch)) add(ch);
      else if (IFS_WHITESPACE.includes(ch)) {
        if (started) {
          end();
          afterWhitespaceDelimiter = true;
        }
      } else {
        // A non-whitespace delimiter: together with the whitespace around it, one delimiter.
        if (started || !afterWhitespaceDelimiter) end();
        afterWhitespaceDelimiter = false;
      }
    }
  }
  if (started) end();
  return fields;
}
