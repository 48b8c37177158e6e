import type { ProgramEntry } from './program.js';
import { textTools } from './text-tools/index.js';

/**
 * The pure text tools (grep, head, wc…) as programs: they read files through the place
 * they run in (the host's files with the shell user's permissions, or a container's).
 */
export const textToolPrograms: readonly ProgramEntry[] = [...textTools].map(([name, tool]) => ({
  name,
  where: 'both' as const,
  run: (args, ctx) => tool(args, { stdin: ctx.stdin, flavor: ctx.flavor, readFile: (path) => ctx.readFile(path) }),
}));
