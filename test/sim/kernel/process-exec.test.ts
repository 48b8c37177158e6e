import { describe, expect, it } from 'vitest';
import { ProcessTable } from '../../../src/sim/kernel/processes.js';

describe('ProcessTable.exec (execve)', () => {
  it('keeps the PID, parent and namespace PID and takes the new program\'s argv and task name', () => {
    const t = new ProcessTable(100);
    const shim = t.spawn({ ppid: 1, user: 'root', argv: ['containerd-shim-runc-v2'], started: 0 });
    t.skipNs('c1', 0);
    const p1 = t.spawn({ ppid: shim.pid, user: 'root', argv: ['docker-entrypoint.sh', 'sleep', '7200'], started: 0, pidns: 'c1' });
    const after = t.exec(p1.pid, ['sleep', '7200']);
    expect(after).toMatchObject({ pid: p1.pid, ppid: shim.pid, pidns: 'c1', nsPid: 1, argv: ['sleep', '7200'], comm: 'sleep' });
    expect(t.get(p1.pid)?.argv).toEqual(['sleep', '7200']);
    // nginx retitles its master process; the task name stays the executable's
    expect(t.exec(p1.pid, ['nginx: master process nginx -g daemon off;'], 'nginx')?.comm).toBe('nginx');
    expect(t.exec(999, ['x'])).toBeUndefined();
  });
});
