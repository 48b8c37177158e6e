import { describe, expect, it } from 'vitest';
import { netFixture } from './fixture.js';

// cat /sys/class/net/eth0/iflink in a container = the index of its veth on the host (real: 49 ↔ 48).

describe('/sys/class/net', () => {
  it('pairs a container eth0 with its host veth through iflink and ifindex', () => {
    const f = netFixture();
    const veth = f.vethOf(f.web);
    const eth0 = f.eth0Of(f.web);
    expect(f.exec(f.web, ['cat', '/sys/class/net/eth0/iflink']).stdout).toBe(`${veth.index}\n`);
    expect(f.exec(f.web, ['cat', '/sys/class/net/eth0/ifindex']).stdout).toBe(`${eth0.index}\n`);
    expect(f.run(`cat /sys/class/net/${veth.name}/iflink`).stdout).toBe(`${eth0.index}\n`);
    expect(f.exec(f.web, ['cat', '/sys/class/net/eth0/address', '/sys/class/net/eth0/mtu', '/sys/class/net/eth0/operstate', '/sys/class/net/lo/operstate']).stdout).toBe('02:42:ac:11:00:02\n1500\nup\nunknown\n');
  });

  it('lists the namespace\'s own devices: a container sees lo and eth0 only', () => {
    const f = netFixture();
    const names = (fs: ReturnType<typeof f.session.fsOf>, p: string) => {
      const r = fs.list(p);
      return r.ok ? r.entries.map(([n]) => n) : [];
    };
    const cfs = f.session.host.daemon.rootfs.get(f.web.id);
    expect(cfs && names(cfs, '/sys/class/net')).toEqual(['eth0', 'lo']);
    const host = f.session.host.kernel.fs;
    expect(names(host, '/sys/class/net')).toEqual(f.session.host.kernel.net.list('host').map((d) => d.name).sort());
    expect(names(host, '/sys/class/net/docker0/brif')).toEqual([f.vethOf(f.web).name, f.vethOf(f.db).name].sort());
    expect(host.lstat(`/sys/class/net/${f.vethOf(f.web).name}/master`)).toMatchObject({ type: 'symlink', target: '../docker0' });
    expect(host.lstat('/sys/class/net/docker0')).toMatchObject({ type: 'symlink', target: '../../devices/virtual/net/docker0' });
    expect(f.run('cat /sys/class/net/docker0/bridge/bridge_id').stdout).toBe(`8000.${f.dev('docker0').mac.replace(/:/g, '')}\n`);
    expect(f.run(`cat /sys/class/net/docker0/brif/${f.vethOf(f.db).name}/port_no`).stdout).toBe('0x2\n');
  });

  it('follows the container to its new sandbox after a restart', () => {
    const f = netFixture();
    const e = f.session.host.engine;
    e.containerExited(f.db.id, 0);
    e.containerStart(f.db.id);
    expect(f.exec(f.db, ['cat', '/sys/class/net/eth0/iflink']).stdout).toBe(`${f.vethOf(f.db).index}\n`);
  });
});
