import type { Tool } from '../tool-io.js';
import { awk } from './awk.js';
import { cat } from './cat.js';
import { cut } from './cut.js';
import { echo } from './echo.js';
import { grep } from './grep.js';
import { head } from './head.js';
import { sort } from './sort.js';
import { tail } from './tail.js';
import { tr } from './tr.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';

/** The text tools by command name. Each imitates GNU (flavor 'gnu') or busybox. */
export const textTools: ReadonlyMap<string, Tool> = new Map<string, Tool>([
  ['echo', echo],
  ['cat', cat],
  ['grep', grep],
  ['head', head],
  ['tail', tail],
  ['wc', wc],
  ['sort', sort],
  ['uniq', uniq],
  ['cut', cut],
  ['tr', tr],
  ['awk', awk],
]);
