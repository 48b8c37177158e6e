// /etc/shadow on the simulated Ubuntu host: one line per account (never an empty file), readable
// by root only. Real Ubuntu 22.04 cloud image: `root:*:19769:0:99999:7:::`, the default user `!`.
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../src/shell/index.js';

describe('/etc/shadow', () => {
  it('has a line per account in /etc/passwd, with no usable password, for root only', () => {
    const root = createShellSession({ user: 'root' });
    const shadow = root.run('cat /etc/shadow').stdout;
    const names = root.run('cut -d: -f1 /etc/passwd').stdout;
    expect(shadow.split('\n').filter(Boolean).map((l) => l.split(':')[0]).join('\n') + '\n').toBe(names);
    expect(shadow.split('\n')[0]).toMatch(/^root:\*:\d{5}:0:99999:7:::$/);
    expect(shadow).toMatch(/(^|\n)learner:!:\d{5}:0:99999:7:::\n/);
    // head -1 /etc/shadow  (as a normal user)
    expect(createShellSession({ user: 'learner' }).run('head -1 /etc/shadow')).toEqual({ stdout: '', stderr: "head: cannot open '/etc/shadow' for reading: Permission denied\n", exitCode: 1 });
    // docker run --rm -v /:/host busybox head -1 /host/etc/shadow  (the docker group is as good as root)
    expect(createShellSession({ user: 'learner' }).run('docker run --rm -v /:/host busybox head -1 /host/etc/shadow').stdout).toMatch(/^root:\*:/);
  });
});
