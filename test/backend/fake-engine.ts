// An engine in memory for the tracking and cleanup tests: answers SNAPSHOT_SCRIPT and the few
// docker commands cleanup runs, and records every line it was given.
import type { CommandResult } from '../../src/backend/backend.js';
import { RESOURCE_KINDS, type ResourceKind, SNAPSHOT_SCRIPT } from '../../src/backend/docker/snapshot.js';

export class FakeEngine {
  engine = 'ID1 /var/lib/docker';
  up = true;
  readonly lines: string[] = [];
  readonly res: Record<ResourceKind, Map<string, { name: string; created: number }>> = { container: new Map(), network: new Map(), volume: new Map(), tag: new Map(), image: new Map() };
  /** container id → image id, for `--filter ancestor=`. */
  readonly imageOf = new Map<string, string>();
  /** network id → connected container ids. */
  readonly endpoints = new Map<string, string[]>();
  /** Fixed answers for other lines (host-change probes, undo lines). */
  readonly answers = new Map<string, CommandResult>();
  private n = 0;

  add(kind: ResourceKind, name: string, created = Date.now()): string {
    const id = kind === 'volume' ? name : kind === 'image' ? `sha256:${(++this.n).toString(16).padStart(64, '0')}` : (++this.n).toString(16).padStart(64, 'f');
    this.res[kind].set(id, { name, created });
    return id;
  }

  /** `docker tag`: a new name for an image. */
  tag(ref: string, image: string, created = Date.now()): void {
    this.res.tag.set(ref, { name: image, created });
  }

  private ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

  readonly sh = async (line: string): Promise<CommandResult> => {
    this.lines.push(line === SNAPSHOT_SCRIPT ? '<snapshot>' : line);
    if (line === SNAPSHOT_SCRIPT) return this.ok(this.snapshot());
    const fixed = this.answers.get(line);
    if (fixed) return fixed;
    if (!this.up) return { stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exitCode: 1 };
    const words = line.split(' ');
    if (line.startsWith('docker rm -f ')) {
      for (const id of words.slice(3)) this.res.container.delete(id);
      return this.ok();
    }
    if (line.startsWith('docker network rm ')) {
      const id = words[3] as string;
      if ((this.endpoints.get(id) ?? []).length > 0) return { stdout: '', stderr: `Error response from daemon: error while removing network: network x id ${id} has active endpoints\n`, exitCode: 1 };
      this.res.network.delete(id);
      return this.ok(`${id}\n`);
    }
    if (line.startsWith('docker network inspect -f')) return this.ok(`${(this.endpoints.get(words.at(-1) as string) ?? []).join(' ')} \n`);
    if (line.startsWith('docker network disconnect -f ')) {
      this.endpoints.set(words[4] as string, (this.endpoints.get(words[4] as string) ?? []).filter((c) => c !== words[5]));
      return this.ok();
    }
    if (line.startsWith('docker volume rm ')) {
      this.res.volume.delete(words[3] as string);
      return this.ok();
    }
    if (line.startsWith('docker ps -aq --no-trunc --filter ancestor=')) {
      const img = line.slice(line.indexOf('=') + 1);
      return this.ok([...this.imageOf].filter(([c, i]) => i === img && this.res.container.has(c)).map(([c]) => `${c}\n`).join(''));
    }
    if (line.startsWith('docker rmi -f ')) {
      this.res.image.delete(words[3] as string);
      for (const [ref, t] of this.res.tag) if (t.name === words[3]) this.res.tag.delete(ref);
      return this.ok();
    }
    if (line.startsWith('docker rmi ')) {
      this.res.tag.delete(words[2] as string);
      return this.ok(`Untagged: ${words[2]}\n`);
    }
    const inspect = /^docker (container|network|volume|image) inspect -f '[^']*' (.*)$/.exec(line);
    if (inspect) {
      const kind = inspect[1] as ResourceKind;
      return this.ok((inspect[2] as string).split(' ').filter((id) => this.res[kind].has(id)).map((id) => `${id} ${new Date(this.res[kind].get(id)?.created ?? 0).toISOString()}\n`).join(''));
    }
    return this.ok();
  };

  private snapshot(): string {
    const S = '\x1e';
    if (!this.up) return `${S}engine 1\n${S}err\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n`;
    let out = `${S}engine 0\n${this.engine}\n${S}err\n`;
    for (const kind of RESOURCE_KINDS) {
      if (kind === 'tag') continue;
      out += `${S}${kind} 0\n`;
      if (kind === 'image') {
        // As `docker images --format '{{.ID}} {{.Repository}}:{{.Tag}}'`: one line per name, <none> for none.
        for (const [id] of this.res.image) {
          const refs = [...this.res.tag].filter(([, t]) => t.name === id).map(([ref]) => ref);
          for (const ref of refs.length > 0 ? refs : ['<none>:<none>']) out += `${id} ${ref}\n`;
        }
      } else for (const [id, r] of this.res[kind]) out += kind === 'volume' ? `${id}\n` : `${id} ${r.name}\n`;
      out += `${S}err\n`;
    }
    return out;
  }
}
