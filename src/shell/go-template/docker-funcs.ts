// Docker's template functions (docker/cli templates/templates.go, v28):
// json, split, join, title, lower, upper, pad, truncate; and the
// HeaderFunctions that replace them when a `table` header row is rendered.
import { FuncError } from './funcs.js';
import type { FuncMap, GoFunction } from './funcs.js';
import { byteSlice, title, toLower, toUpper } from './go-strings.js';
import { JSONError, marshal } from './json.js';
import { utf8Length } from './reflect.js';
import { goSlice, isSlice } from './values.js';
import type { GoValue } from './values.js';

const str1 = (fn: (s: string) => string): GoFunction => ({ params: ['string'], call: (a) => fn(a[0] as string) });

/** Go's strings.Split. */
function split(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

export const dockerFuncs: FuncMap = {
  json: {
    params: ['any'],
    call: (a) => {
      try {
        // An Encoder with SetEscapeHTML(false); Docker trims the trailing newline.
        return marshal(a[0] ?? null).trim();
      } catch (e) {
        if (e instanceof JSONError) throw new FuncError(e.message);
        throw e;
      }
    },
  },
  split: { params: ['string', 'string'], call: (a) => goSlice(split(a[0] as string, a[1] as string), '[]string') },
  join: {
    params: ['[]string', 'string'],
    call: (a) => (isSlice(a[0]) ? (a[0] as readonly GoValue[]).join(a[1] as string) : ''),
  },
  title: str1(title),
  lower: str1(toLower),
  upper: str1(toUpper),
  pad: {
    params: ['string', 'int', 'int'],
    call: ([source, prefix, suffix]) => {
      if (source === '') return '';
      if ((prefix as number) < 0 || (suffix as number) < 0) throw new FuncError('strings: negative Repeat count');
      return ' '.repeat(prefix as number) + (source as string) + ' '.repeat(suffix as number);
    },
  },
  truncate: {
    params: ['string', 'int'],
    call: ([source, n]) => {
      const s = source as string;
      const length = n as number;
      if (utf8Length(s) < length) return s;
      if (length < 0) throw new FuncError(`runtime error: slice bounds out of range [:${length}]`);
      return byteSlice(s, 0, length);
    },
  },
};

/**
 * Docker's HeaderFunctions: a `table` format's header row is rendered by the
 * same template over a map of column titles, with these functions swapped in
 * so titles stay intact (pad is kept so columns stay aligned).
 */
export const dockerHeaderFuncs: FuncMap = {
  json: str1((v) => v),
  split: { params: ['string', 'string'], call: (a) => a[0] as string },
  join: { params: ['string', 'string'], call: (a) => a[0] as string },
  title: str1((v) => v),
  lower: str1((v) => v),
  upper: str1((v) => v),
  truncate: { params: ['string', 'int'], call: (a) => a[0] as string },
};
