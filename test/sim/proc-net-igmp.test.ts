import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../src/shell/index.js';

// Recorded on the reference host (kernel 6.1, Engine 20.10), as any user:
//   $ cat /proc/$(docker inspect -f '{{.State.Pid}}' c)/net/igmp      (c on a user-defined network)
//   Idx	Device    : Count Querier	Group    Users Timer	Reporter
//   1	lo        :     1      V3
//   				010000E0     1 0:00000000		0
//   536	eth0      :     1      V3
//   				010000E0     1 0:00000000		0
//   $ grep -A3 br-4d9f7be7f768 /proc/net/igmp        (a bridge joins 224.0.0.106 too)
//   535	br-4d9f7be7f768:     2      V3
//   				010000E0     1 0:00000000		0
//   				6A0000E0     1 0:00000000		0
const HEAD = 'Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n';
const ALL_HOSTS = '\t\t\t\t010000E0     1 0:00000000\t\t0\n';

describe('/proc/PID/net/igmp', () => {
  it("shows a container's interfaces with their indexes, seen from the host by any user", () => {
    const s = createShellSession({ user: 'root' });
    s.run('docker network create mynet');
    s.run('docker run -d --name app --network mynet busybox sleep 1000');
    s.run('docker run -d --name solo --network none busybox sleep 1000');
    s.run('docker run -d --name side --network container:app busybox sleep 1000');
    const eth0 = s.host.kernel.net.findByName(s.host.engine.container('app').sandboxKey as string, 'eth0');
    const pid = (n: string) => s.run(`docker inspect -f '{{.State.Pid}}' ${n}`).stdout.trim();
    const app = `${HEAD}1\tlo        :     1      V3\n${ALL_HOSTS}${eth0?.index}\teth0      :     1      V3\n${ALL_HOSTS}`;
    expect(s.run(`cat /proc/${pid('app')}/net/igmp`).stdout).toBe(app);
    // container: mode shares its owner's namespace; none has only lo.
    expect(s.run(`cat /proc/${pid('side')}/net/igmp`).stdout).toBe(app);
    expect(s.run(`cat /proc/${pid('solo')}/net/igmp`).stdout).toBe(`${HEAD}1\tlo        :     1      V3\n${ALL_HOSTS}`);
  });

  it('lists the host\'s up devices at /proc/net/igmp, bridges with two groups, names past 10 columns unpadded', () => {
    const s = createShellSession({ user: 'root' });
    s.run('docker network create mynet');
    const br = `br-${s.host.engine.network('mynet').id.slice(0, 12)}`;
    const out = s.run('cat /proc/net/igmp').stdout;
    expect(out).toContain(`3\tdocker0   :     2      V3\n${ALL_HOSTS}\t\t\t\t6A0000E0     1 0:00000000\t\t0\n`);
    expect(out).toContain(`\t${br}:     2      V3\n`);
    expect(s.run('ls -l /proc/net').stdout).toMatch(/^lrwxrwxrwx 1 root root 8 .* \/proc\/net -> self\/net\n$/);
  });
});
