import { describe, expect, it } from 'vitest';
import { FileSystem, vdir, vfile, vlink } from '../../src/sim/kernel/fs.js';

describe('virtual mounts (sysfs, procfs)', () => {
  it('asks the provider at every lookup, so it always shows the current state', () => {
    const fs = new FileSystem();
    let names = ['a'];
    fs.mountVirtual('/sys/class/net', vdir(() => names.map((n) => [n, vdir(() => [['ifindex', vfile(() => `${n.length}\n`)]])] as const)));
    expect(fs.read('/sys/class/net/a/ifindex')).toEqual({ ok: true, content: '1\n' });
    names = ['a', 'bb'];
    const list = fs.list('/sys/class/net');
    expect(list.ok && list.entries.map(([n]) => n)).toEqual(['a', 'bb']);
    expect(fs.read('/sys/class/net/bb/ifindex')).toEqual({ ok: true, content: '2\n' });
    names = [];
    expect(fs.exists('/sys/class/net/a')).toBe(false);
  });

  it('resolves relative symlinks across mounts, as /sys/class/net/X -> ../../devices/virtual/net/X', () => {
    const fs = new FileSystem();
    fs.mountVirtual('/sys/class/net', vdir(() => [['eth0', vlink('../../devices/virtual/net/eth0')]]));
    fs.mountVirtual('/sys/devices/virtual/net', vdir(() => [['eth0', vdir(() => [['iflink', vfile(() => '7\n')]])]]));
    expect(fs.read('/sys/class/net/eth0/iflink')).toEqual({ ok: true, content: '7\n' });
    expect(fs.lstat('/sys/class/net/eth0')).toMatchObject({ type: 'symlink', target: '../../devices/virtual/net/eth0' });
    expect(fs.lstat('/sys/class/net')).toMatchObject({ type: 'dir' });
  });

  it('shows the mount point in its parent directory and keeps files read-only by default', () => {
    const fs = new FileSystem();
    fs.mountVirtual('/proc/1', vdir(() => [['comm', vfile(() => 'systemd\n')]]));
    const parent = fs.list('/proc');
    expect(parent.ok && parent.entries.map(([n]) => n)).toEqual(['1']);
    expect(fs.lookup('/proc/1/comm')).toMatchObject({ type: 'file', mode: 0o444, uid: 0 });
    expect(fs.read('/proc/1/comm', { uid: 1000, gids: [1000] })).toEqual({ ok: true, content: 'systemd\n' });
    expect(fs.read('/proc/1')).toEqual({ ok: false, error: 'EISDIR' });
  });
});
