import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../src/sim/kernel/fs.js';

describe('bind-mounted files', () => {
  it('are listed in their directory and lstat shows the mounted file', () => {
    const host = new FileSystem();
    host.writeFile('/var/lib/docker/containers/abc/hosts', '127.0.0.1\tlocalhost\n');
    const c = new FileSystem();
    c.mkdirp('/etc');
    c.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
    c.bind('/etc/hosts', host, '/var/lib/docker/containers/abc/hosts');
    const l = c.list('/etc');
    expect(l.ok && l.entries.map(([n]) => n)).toEqual(['hosts', 'passwd']);
    expect(c.lstat('/etc/hosts')).toBe(host.lookup('/var/lib/docker/containers/abc/hosts'));
  });
});
