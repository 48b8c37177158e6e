import type { CommandResult } from './command-result.js';

export type { Flavor } from '../sim/userland.js';
import type { Flavor } from '../sim/userland.js';

export type ReadResult =
  | { readonly kind: 'file'; readonly content: string }
  | { readonly kind: 'error'; readonly code: 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENOTDIR' };

/** What a small tool may see of the machine it runs on: stdin, files, its flavor. */
export interface ToolIO {
  readonly stdin: string;
  readonly flavor: Flavor;
  /** Path as the user typed it; relative paths resolve against the cwd. */
  readFile(path: string): ReadResult;
}

/** A tool: argv without the program name, its IO; returns what it printed. */
export type Tool = (args: readonly string[], io: ToolIO) => CommandResult;
