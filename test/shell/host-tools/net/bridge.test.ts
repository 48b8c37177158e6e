import { describe, expect, it } from 'vitest';
import { netFixture } from './fixture.js';

// Recorded on the reference host: `bridge link` (iproute2 6.1), `brctl show` (bridge-utils 1.7).

describe('bridge link', () => {
  it('lists every bridge port with its peer and state', () => {
    const f = netFixture();
    const [vw, vd, va] = [f.vethOf(f.web), f.vethOf(f.db), f.vethOf(f.app)];
    const br = `br-${f.session.host.engine.network('mynet').id.slice(0, 12)}`;
    const line = (v: typeof vw, peer: number, master: string) => `${v.index}: ${v.name}@if${peer}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master ${master} state forwarding priority 32 cost 2 \n`;
    const all = line(vw, f.eth0Of(f.web).index, 'docker0') + line(vd, f.eth0Of(f.db).index, 'docker0') + line(va, f.eth0Of(f.app).index, br);
    expect(f.run('bridge link').stdout).toBe(all);
    expect(f.run('bridge link show').stdout).toBe(all);
    // iproute2 6.1 ignores `master`: every port again.
    expect(f.run(`bridge link show master ${br}`).stdout).toBe(all);
    expect(f.run(`bridge link show dev ${vd.name}`).stdout).toBe(line(vd, f.eth0Of(f.db).index, 'docker0'));
    expect(f.run('bridge link show dev docker0')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(f.run(`bridge -d link show dev ${vd.name}`).stdout.split('\n')[1]).toBe('    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off ');
  });

  it('answers mistakes as iproute2 does', () => {
    const f = netFixture();
    expect(f.run('bridge link foo')).toEqual({ stdout: '', stderr: 'Command "foo" is unknown, try "bridge link help".\n', exitCode: 255 });
    expect(f.run('bridge foo')).toEqual({ stdout: '', stderr: 'Object "foo" is unknown, try "bridge help".\n', exitCode: 255 });
    expect(f.run('bridge -br link')).toEqual({ stdout: '', stderr: 'Option "-br" is unknown, try "bridge help".\n', exitCode: 255 });
    expect(f.run('bridge link show dev nosuch')).toEqual({ stdout: '', stderr: 'Cannot find device "nosuch"\n', exitCode: 255 });
    expect(f.run('bridge').stderr).toMatch(/^Usage: bridge \[ OPTIONS \] OBJECT \{ COMMAND \| help \}\n/);
  });
});

describe('brctl show', () => {
  it('prints the bridge id from the MAC, STP off, ports sorted one per line', () => {
    const f = netFixture();
    const docker0 = f.dev('docker0');
    const br = `br-${f.session.host.engine.network('mynet').id.slice(0, 12)}`;
    const ports = [f.vethOf(f.web).name, f.vethOf(f.db).name].sort();
    const id = (mac: string) => `8000.${mac.replace(/:/g, '')}`;
    const rows = `${br}\t\t${id(f.dev(br).mac)}\tno\t\t${f.vethOf(f.app).name}\n`
      + `docker0\t\t${id(docker0.mac)}\tno\t\t${ports[0]}\n\t\t\t\t\t\t\t${ports[1]}\n`;
    expect(f.run('brctl show').stdout).toBe(`bridge name\tbridge id\t\tSTP enabled\tinterfaces\n${rows}`);
    expect(f.run('brctl show docker0').stdout).toBe(`bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t${id(docker0.mac)}\tno\t\t${ports[0]}\n\t\t\t\t\t\t\t${ports[1]}\n`);
  });

  it('shows a bridge without ports with an empty interfaces column', () => {
    const f = netFixture({ empty: true });
    expect(f.run('brctl show').stdout).toBe(`bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.${f.dev('docker0').mac.replace(/:/g, '')}\tno\t\t\n`);
  });

  it('answers mistakes as bridge-utils does', () => {
    const f = netFixture();
    expect(f.run('brctl show nosuch')).toEqual({ stdout: '', stderr: 'bridge nosuch does not exist!\n', exitCode: 1 });
    const r = f.run('brctl foo');
    expect(r.stderr).toBe('never heard of command [foo]\n');
    expect(r.stdout).toMatch(/^Usage: brctl \[commands\]\ncommands:\n\taddbr {5}\t<bridge>\t\tadd bridge\n/);
    expect(r.exitCode).toBe(1);
    expect(f.run('brctl showmacs docker0').stderr).toMatch(/is not simulated yet/);
  });
});
