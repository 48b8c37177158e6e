import { readFileSync } from 'node:fs';

/** The cases of lines.txt (see its header). */
export const lines: readonly string[] = readFileSync(new URL('./lines.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('## '))
  .map((l) => (l === '<empty>' ? '' : l === '<spaces>' ? '   ' : l));
