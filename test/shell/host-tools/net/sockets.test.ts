import { describe, expect, it } from 'vitest';
import { embeddedDnsPorts } from '../../../../src/sim/daemon/listening-sockets.js';
import { netFixture } from './fixture.js';

// `ss -tlnp` (iproute2 6.1, columns as wide as their widest cell when piped), busybox 1.35's netstat.

describe('ss on the host', () => {
  it('shows the host services and one docker-proxy per published port and family', () => {
    const f = netFixture();
    const pids = f.session.host.kernel.procs.list().filter((p) => p.comm === 'docker-proxy').map((p) => p.pid);
    const proc = (name: string, pid: number, fd: number) => `users:(("${name}",pid=${pid},fd=${fd}))`;
    const rows = [
      ['4096', '127.0.0.53%lo:', '53', '0.0.0.0:', proc('systemd-resolve', 563, 14)],
      ['128', '0.0.0.0:', '22', '0.0.0.0:', proc('sshd', 662, 3)],
      ['4096', '0.0.0.0:', '8080', '0.0.0.0:', proc('docker-proxy', pids[0] as number, 4)],
      ['128', '[::]:', '22', '[::]:', proc('sshd', 662, 4)],
      ['4096', '[::]:', '8080', '[::]:', proc('docker-proxy', pids[1] as number, 4)],
    ];
    const procWidth = Math.max(...rows.map((r) => (r[4] as string).length)) + 1;
    const line = (r: string[]) => `LISTEN 0      ${(r[0] as string).padEnd(6)} ${(r[1] as string).padStart(14)}${(r[2] as string).padEnd(4)} ${(r[3] as string).padStart(13)}*   ${` ${r[4]}`.padEnd(procWidth)}\n`;
    expect(f.run('ss -tlnp').stdout).toBe(`State  Recv-Q Send-Q Local Address:Port Peer Address:Port${'Process'.padEnd(procWidth)}\n${rows.map(line).join('')}`);
  });

  it('names ports from /etc/services without -n, hides owners from the learner', () => {
    const f = netFixture({ user: 'learner' });
    const out = f.run('ss -tlp').stdout.split('\n');
    expect(out[0]).toBe('State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess');
    expect(out).toContain('LISTEN 0      4096         0.0.0.0:http-alt      0.0.0.0:*          ');
    expect(out).toContain('LISTEN 0      128          0.0.0.0:ssh           0.0.0.0:*          ');
  });

  it('adds the Netid column for -tu and lists UDP before TCP', () => {
    const f = netFixture();
    const out = f.run('ss -tuln').stdout.split('\n');
    expect(out[0]).toBe('Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess');
    expect(out[1]).toBe('udp   UNCONN 0      0      127.0.0.53%lo:53        0.0.0.0:*          ');
    expect(out[2]).toBe('tcp   LISTEN 0      4096   127.0.0.53%lo:53        0.0.0.0:*          ');
  });
});

describe('ss filters', () => {
  // ss -tln sport = :8080 ; ss -tln state listening ; ss -tln sport = :foo (recorded on the reference host)
  it('selects by port, drops the State column for `state listening`, rejects a bad port', () => {
    const f = netFixture();
    expect(f.run("ss -tln 'sport = :8080'").stdout).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n'
      + 'LISTEN 0      4096         0.0.0.0:8080      0.0.0.0:*          \n'
      + 'LISTEN 0      4096            [::]:8080         [::]:*          \n',
    );
    expect(f.run('ss -tln sport eq :http-alt').stdout).toBe(f.run("ss -tln 'sport = :8080'").stdout);
    expect(f.run('ss -tln dport = :80').stdout).toBe('State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n');
    expect(f.run("ss -tln '( sport = :22 or sport = :53 )'").stdout.split('\n').length).toBe(5);
    expect(f.run('ss -tln state listening').stdout.split('\n')[0]).toBe('Recv-Q Send-Q Local Address:Port Peer Address:PortProcess');
    expect(f.run('ss -tln sport = :foo')).toEqual({ stdout: '', stderr: 'Error: "foo" does not look like a port.\nCannot parse dst/src address.\n', exitCode: 1 });
  });
});

describe('busybox netstat, route and ifconfig in containers', () => {
  it('shows the embedded DNS listeners on a user-defined network only', () => {
    const f = netFixture();
    const dns = embeddedDnsPorts(f.app.sandboxKey as string);
    expect(f.exec(f.app, ['netstat', '-tuln']).stdout).toBe(
      'Active Internet connections (only servers)\n'
      + 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       \n'
      + `tcp        0      0 ${`127.0.0.11:${dns.tcp}`.padEnd(23)} 0.0.0.0:*               LISTEN      \n`
      + `udp        0      0 ${`127.0.0.11:${dns.udp}`.padEnd(23)} 0.0.0.0:*                           \n`,
    );
    expect(f.exec(f.db, ['netstat', '-tln']).stdout).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n');
  });

  it('shows what the container\'s program listens on (busybox httpd: :::80)', () => {
    const f = netFixture();
    expect(f.exec(f.web, ['netstat', '-tl']).stdout.split('\n')[2]).toBe('tcp        0      0 :::80                   :::*                    LISTEN      ');
  });

  it('refuses -p as this busybox build does', () => {
    const f = netFixture();
    const r = f.exec(f.web, ['netstat', '-tlnp']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^netstat: invalid option -- 'p'\nBusyBox v1\.35\.0 .*\n\nUsage: netstat \[-ral\] \[-tuwx\] \[-en\]\n/);
  });

  it('prints the routing table', () => {
    const f = netFixture();
    expect(f.exec(f.web, ['route', '-n']).stdout).toBe(
      'Kernel IP routing table\n'
      + 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n'
      + '0.0.0.0         172.17.0.1      0.0.0.0         UG    0      0        0 eth0\n'
      + '172.17.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n',
    );
    expect(f.exec(f.web, ['netstat', '-rn']).stdout.split('\n')[1]).toBe('Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface');
  });

  it('describes interfaces as net-tools did, sorted by name', () => {
    const f = netFixture();
    expect(f.exec(f.app, ['ifconfig', 'eth0']).stdout).toBe(
      'eth0      Link encap:Ethernet  HWaddr 02:42:AC:12:00:02  \n'
      + '          inet addr:172.18.0.2  Bcast:172.18.255.255  Mask:255.255.0.0\n'
      + '          UP BROADCAST RUNNING MULTICAST  MTU:1500  Metric:1\n'
      + '          RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n'
      + '          TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n'
      + '          collisions:0 txqueuelen:0 \n'
      + '          RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n',
    );
    expect(f.exec(f.app, ['ifconfig']).stdout).toMatch(/^eth0 {6}Link encap:Ethernet[^]*\nlo {8}Link encap:Local Loopback {2}\n {10}inet addr:127\.0\.0\.1 {2}Mask:255\.0\.0\.0\n {10}UP LOOPBACK RUNNING {2}MTU:65536 {2}Metric:1\n/);
    expect(f.exec(f.app, ['ifconfig', 'foo'])).toEqual({ stdout: '', stderr: 'ifconfig: foo: error fetching interface information: Device not found\n', exitCode: 1 });
  });

  it('leaves the host without net-tools', () => {
    const f = netFixture();
    expect(f.run('ifconfig')).toEqual({ stdout: '', stderr: 'bash: ifconfig: command not found\n', exitCode: 127 });
    expect(f.run('netstat -tlnp')).toEqual({ stdout: '', stderr: 'bash: netstat: command not found\n', exitCode: 127 });
  });
});
