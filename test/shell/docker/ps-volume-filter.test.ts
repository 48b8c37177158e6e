import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../src/shell/index.js';

// Observed on Engine 20.10 (docker ps -a --filter volume=X --format '{{.Names}}') with
// les10-v1 = -v les10-vol:/data and les10-v2 = -v /tmp:/hosttmp:
//   les10-vol → les10-v1; /data → les10-v1; les10 → nothing; les10-v.* → nothing (no regexp);
//   /tmp → les10-v2; /hosttmp → les10-v2
describe('docker ps --filter volume=', () => {
  const world = () => {
    const s = createShellSession({ user: 'learner' });
    s.run('docker volume create les10-vol');
    s.run('docker run -d --name les10-v1 -v les10-vol:/data busybox sleep 600');
    s.run('docker run -d --name les10-v2 -v /tmp:/hosttmp busybox sleep 600');
    s.run('docker run -d --name les10-v3 busybox sleep 600');
    return s;
  };
  const cases: [string, string][] = [
    ['les10-vol', 'les10-v1\n'], ['/data', 'les10-v1\n'], ['les10', ''], ['les10-v.*', ''], ['/tmp', 'les10-v2\n'], ['/hosttmp', 'les10-v2\n'],
  ];
  for (const [value, names] of cases) {
    it(`volume=${value}`, () => {
      expect(world().run(`docker ps -a --filter volume=${value} --format '{{.Names}}'`)).toEqual({ stdout: names, stderr: '', exitCode: 0 });
    });
  }
  it('a removed container no longer holds its volume', () => {
    const s = world();
    s.run("docker run --rm -v les10-vol:/data busybox sh -c 'echo kept > /data/note'");
    s.run('docker rm -f les10-v1');
    expect(s.run('docker ps -aq --filter volume=les10-vol').stdout).toBe('');
  });
});
