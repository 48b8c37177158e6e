import { describe, expect, it } from 'vitest';
import { diffSnapshots, parseSnapshot, shortId, SNAPSHOT_SCRIPT, type Snapshot } from '../../src/backend/docker/snapshot.js';

const S = '\x1e';
const C1 = 'a'.repeat(64);
const C2 = 'b'.repeat(64);
const N1 = 'c'.repeat(64);

/** What SNAPSHOT_SCRIPT prints, built by hand (each docker listing as observed with CLI 28). */
function output(parts: Record<string, { rc: number; body: string; err?: string }>): string {
  return Object.entries(parts)
    .map(([k, p]) => `${S}${k} ${p.rc}\n${p.body}${S}err\n${p.err ?? ''}`)
    .join('');
}

const snap = (containers: string, networks = `${N1} bridge\n`, engine = 'U2ZY:J3GV /var/lib/docker\n'): Snapshot =>
  parseSnapshot(output({ engine: { rc: 0, body: engine }, container: { rc: 0, body: containers }, network: { rc: 0, body: networks }, volume: { rc: 0, body: 'data\n' }, image: { rc: 0, body: 'sha256:1111 busybox:latest\nsha256:1111 localhost:5000/mybox:latest\nsha256:2222 <none>:<none>\n' } }));

describe('snapshots', () => {
  it('runs the five listings in one shell line', () => {
    expect(SNAPSHOT_SCRIPT).toContain("docker ps -a --no-trunc --format '{{.ID}} {{.Names}}'");
    expect(SNAPSHOT_SCRIPT).toContain("docker images --no-trunc --format '{{.ID}} {{.Repository}}:{{.Tag}}'");
    expect(SNAPSHOT_SCRIPT.match(/ &$/gm)).toHaveLength(5);
  });

  it('reads IDs and names per kind, and the engine', () => {
    const s = snap(`${C1} pc1\n${C2} pc2\n`);
    expect(s.engine).toBe('U2ZY:J3GV /var/lib/docker');
    expect([...(s.lists.container ?? [])]).toEqual([[C1, 'pc1'], [C2, 'pc2']]);
    expect([...(s.lists.volume ?? [])]).toEqual([['data', 'data']]);
    expect([...(s.lists.image ?? []).keys()]).toEqual(['sha256:1111', 'sha256:2222']);
    // Tags: reference → image; a dangling image has none.
    expect([...(s.lists.tag ?? [])]).toEqual([['busybox:latest', 'sha256:1111'], ['localhost:5000/mybox:latest', 'sha256:1111']]);
  });

  it('has no lists when the engine does not answer, and keeps what the CLI said', () => {
    const down = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';
    const s = parseSnapshot(output({ engine: { rc: 1, body: '', err: down }, container: { rc: 1, body: '', err: down } }));
    expect(s).toEqual({ error: down.trim(), lists: {} });
  });

  it('leaves out a kind whose listing failed', () => {
    const s = parseSnapshot(output({ engine: { rc: 0, body: 'E /x\n' }, container: { rc: 0, body: '' }, network: { rc: 1, body: '' } }));
    expect(Object.keys(s.lists)).toEqual(['container']);
  });

  it('diffs what appeared and vanished', () => {
    const d = diffSnapshots(snap(`${C1} pc1\n`), snap(`${C2} pc2\n`, `${N1} bridge\n${'d'.repeat(64)} mynet\n`));
    expect(d?.appeared).toEqual([
      { kind: 'container', id: C2, name: 'pc2' },
      { kind: 'network', id: 'd'.repeat(64), name: 'mynet' },
    ]);
    expect(d?.vanished).toEqual([{ kind: 'container', id: C1, name: 'pc1' }]);
  });

  it('says nothing across an engine that was down or another engine', () => {
    const down = parseSnapshot(output({ engine: { rc: 1, body: '' } }));
    expect(diffSnapshots(down, snap(`${C1} pc1\n`))).toBeUndefined();
    expect(diffSnapshots(snap(`${C1} pc1\n`), down)).toBeUndefined();
    expect(diffSnapshots(snap(''), snap(`${C1} pc1\n`, undefined, 'OTHER /var/lib/docker\n'))).toBeUndefined();
  });

  it('shortens IDs as docker ps does', () => {
    expect(shortId('container', C1)).toBe('aaaaaaaaaaaa');
    expect(shortId('image', `sha256:${C2}`)).toBe('bbbbbbbbbbbb');
    expect(shortId('volume', 'data')).toBe('data');
  });
});
