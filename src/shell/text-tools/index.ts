import type { Tool } from '../tool-io.js';
import { cat } from './cat.js';
import { echo } from './echo.js';
import { grep } from './grep.js';

/** The text tools by command name. Each imitates GNU (flavor 'gnu') or busybox. */
export const textTools: ReadonlyMap<string, Tool> = new Map<string, Tool>([
  ['echo', echo],
  ['cat', cat],
  ['grep', grep],
]);
