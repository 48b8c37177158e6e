import type { ProgramEntry } from './program.js';

/**
 * The program table: every simulated command, by name. A name may have a host and a
 * container implementation (busybox `ps` is not procps `ps`); entries are looked up by
 * where the shell runs.
 */
export class ProgramTable {
  private readonly host = new Map<string, ProgramEntry>();
  private readonly container = new Map<string, ProgramEntry>();

  constructor(...tables: Iterable<ProgramEntry>[]) {
    for (const t of tables) for (const e of t) this.add(e);
  }

  add(e: ProgramEntry): void {
    if (e.where !== 'container') this.host.set(e.name, e);
    if (e.where !== 'host') this.container.set(e.name, e);
  }

  lookup(name: string, where: 'host' | 'container'): ProgramEntry | undefined {
    return (where === 'host' ? this.host : this.container).get(name);
  }

  names(where: 'host' | 'container'): string[] {
    return [...(where === 'host' ? this.host : this.container).keys()].sort();
  }
}
