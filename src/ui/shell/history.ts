import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultProgressFile } from '../../course/progress.js';

/** Where the command history is kept: next to progress.json (DOCKERLINGS_HOME or the XDG data dir). */
export function defaultHistoryFile(): string {
  return join(dirname(defaultProgressFile()), 'history');
}

const MAX = 1000;

/**
 * The shell's history, as bash keeps it with HISTCONTROL=ignoreboth: no empty lines, no line
 * right after the same line, no line typed with a leading space. ↑ and ↓ walk it; the line
 * being typed is kept as a draft and comes back below the newest entry. Each new entry is
 * appended to the file at once, so a crash loses nothing; the file is trimmed when loaded.
 */
export class History {
  private readonly entries: string[];
  private index: number;
  private draft = '';

  constructor(
    entries: readonly string[] = [],
    private readonly file?: string,
  ) {
    this.entries = entries.slice(-MAX);
    this.index = this.entries.length;
  }

  /** Loads the history file (a missing or unreadable one is an empty history). */
  static load(file: string = defaultHistoryFile()): History {
    let lines: string[] = [];
    try {
      if (existsSync(file)) lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
    } catch {
      lines = [];
    }
    if (lines.length > 2 * MAX) {
      lines = lines.slice(-MAX);
      try {
        writeFileSync(file, `${lines.join('\n')}\n`);
      } catch {
        // A read-only home keeps working, with the history it had.
      }
    }
    return new History(lines, file);
  }

  get all(): readonly string[] {
    return this.entries;
  }

  add(line: string): void {
    this.index = this.entries.length;
    this.draft = '';
    if (line.trim() === '' || line.startsWith(' ') || line.includes('\n')) return;
    if (this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > MAX) this.entries.shift();
    this.index = this.entries.length;
    if (!this.file) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${line}\n`);
    } catch {
      // History is a convenience: never fail a command because it could not be saved.
    }
  }

  /** ↑: the previous entry, or undefined at the oldest. `current` is kept as the draft. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  /** ↓: the next entry, the draft below the newest, or undefined when already there. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Back below the newest entry (after Enter or Ctrl+C). */
  rewind(): void {
    this.index = this.entries.length;
    this.draft = '';
  }
}
