import type { Backend } from '../../backend/backend.js';
import { type DockerHelp, type NameKind, parseDockerHelp } from './docker-help.js';
import type { CompletionOracle } from './completion.js';

const NAME_QUERIES: Readonly<Record<NameKind, string>> = {
  container: "docker ps -a --format '{{.Names}}'",
  network: "docker network ls --format '{{.Name}}'",
  image: "docker images --format '{{.Repository}}:{{.Tag}}'",
  volume: "docker volume ls --format '{{.Name}}'",
};

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `learner@docker-host:~/src$` → the user and the directory (with `~` expanded). */
export function promptPlace(prompt: string): { user: string; home: string; cwd: string | undefined } {
  const m = /^([^@\s]+)@[^:\s]+:(.*?)[$#]\s*$/.exec(prompt);
  const user = m?.[1] ?? 'learner';
  const home = user === 'root' ? '/root' : `/home/${user}`;
  const dir = m?.[2];
  const cwd = dir === undefined ? undefined : dir === '~' ? home : dir.startsWith('~/') ? home + dir.slice(1) : dir.startsWith('/') ? dir : undefined;
  return { user, home, cwd };
}

/**
 * Completion's questions, answered by read-only lines run through `backend.check` (an observer
 * shell: the learner's history and state are not touched), cached until the next command.
 */
export class BackendOracle implements CompletionOracle {
  private readonly help = new Map<string, Promise<DockerHelp | undefined>>();
  private names_ = new Map<NameKind, Promise<readonly string[]>>();
  private commands_: Promise<readonly string[]> | undefined;

  constructor(private readonly backend: Backend) {}

  /** After each command: names and files may have changed (docker's help has not). */
  invalidate(): void {
    this.names_ = new Map();
  }

  commands(): Promise<readonly string[]> {
    this.commands_ ??= this.loadCommands();
    return this.commands_;
  }

  private async loadCommands(): Promise<readonly string[]> {
    if (this.backend.kind === 'simulator') {
      // The simulated host's programs are its program table (its /usr/bin is not populated).
      const [{ programTable }, { BUILTINS }] = await Promise.all([import('../../shell/index.js'), import('../../shell/builtins.js')]);
      return [...programTable().names('host'), ...BUILTINS.keys()];
    }
    const r = await this.backend.check('compgen -c');
    return r.exitCode === 0 ? r.stdout.split('\n').filter((l) => l !== '') : [];
  }

  dockerHelp(path: readonly string[]): Promise<DockerHelp | undefined> {
    const key = path.join(' ');
    let p = this.help.get(key);
    if (!p) {
      p = this.backend.check(`docker ${path.map(quote).join(' ')}${path.length ? ' ' : ''}--help`).then((r) => (r.exitCode === 0 && r.stdout.includes('Usage:') ? parseDockerHelp(r.stdout) : undefined));
      this.help.set(key, p);
    }
    return p;
  }

  names(kind: NameKind): Promise<readonly string[]> {
    let p = this.names_.get(kind);
    if (!p) {
      p = this.backend.check(NAME_QUERIES[kind]).then((r) =>
        r.exitCode === 0
          ? r.stdout
              .split('\n')
              .filter((l) => l !== '' && !l.includes('<none>'))
              .map((l) => l.replace(/:latest$/, ''))
          : [],
      );
      this.names_.set(kind, p);
    }
    return p;
  }

  async listDir(dir: string): Promise<readonly string[] | undefined> {
    // `ls -p` marks directories; where it is not available (the simulator's ls), plain names.
    const marked = await this.backend.check(`ls -1ap -- ${quote(dir)}`);
    const r = marked.exitCode === 0 ? marked : await this.backend.check(`ls -1a -- ${quote(dir)}`);
    if (r.exitCode !== 0) return undefined;
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  async isDir(path: string): Promise<boolean> {
    return (await this.backend.check(`ls -1a -- ${quote(`${path}/`)}`)).exitCode === 0;
  }

  home(): string {
    return promptPlace(this.backend.prompt()).home;
  }

  cwd(): string | undefined {
    return promptPlace(this.backend.prompt()).cwd;
  }
}
