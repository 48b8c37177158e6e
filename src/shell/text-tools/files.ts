import type { ReadResult, ToolIO } from '../tool-io.js';

// Reading a tool's file operands: `-` is stdin, which can be read once (a second `-`
// finds it empty, as on a pipe).

export type ReadErrorCode = Extract<ReadResult, { kind: 'error' }>['code'];

/** strerror(3) texts, as glibc prints them. */
export const errnoText: Readonly<Record<ReadErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
};

export class Inputs {
  private stdinUsed = false;

  constructor(private readonly io: ToolIO) {}

  read(name: string): ReadResult {
    if (name !== '-') return this.io.readFile(name);
    const content = this.stdinUsed ? '' : this.io.stdin;
    this.stdinUsed = true;
    return { kind: 'file', content };
  }
}

/** Lines without their `\n`; a last line without one still counts. */
export function splitLines(content: string): string[] {
  if (content === '') return [];
  const lines = content.split('\n');
  if (content.endsWith('\n')) lines.pop();
  return lines;
}

/** Lines with their terminators kept (the last may have none). */
export function splitLinesKeep(content: string): string[] {
  return content.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
