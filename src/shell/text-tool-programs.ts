import type { ProgramEntry } from './program.js';

/** The pure text tools (grep, head, wc…) as programs that read their files through the shell's place. */
export const textToolPrograms: readonly ProgramEntry[] = [];
