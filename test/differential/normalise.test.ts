import { describe, expect, it } from 'vitest';
import { createNormaliser, normaliseRecords } from './normalise.js';
import { alignedTable, renderTable } from './table.js';

// Samples below are what a Docker 20.10 engine printed on this project's CI machine.
const A = '684eb407e9f76f8382d31aa91c21d60431140a94fb9e34966252a179423cd1b4';
const B = 'bea19756b32010abb55787886bafd9339e81eb73efd5ba5864939ffeb76573cd';

describe('IDs', () => {
  it('numbers IDs by first appearance; a full ID and its short form share a number', () => {
    const n = createNormaliser();
    expect(n.text(`${A}\n`)).toBe('<id1>\n');
    expect(n.text(`${B}\n`)).toBe('<id2>\n');
    expect(n.text(`172.17.0.2\t${A.slice(0, 12)}\n`)).toBe('172.17.0.2\t<id1>\n');
    expect(n.text(`/var/lib/docker/containers/${B}/${B}-json.log`)).toBe('/var/lib/docker/containers/<id2>/<id2>-json.log');
    expect(n.text('br-3276abcdef12')).toBe('br-<id3>');
  });

  it('checks equality: two different IDs never get one number', () => {
    const real = normaliseRecords([{ cmd: 'x', stdout: `${A}\n${A}\n`, stderr: '', exit: 0 }]);
    const sim = normaliseRecords([{ cmd: 'x', stdout: `${A}\n${B}\n`, stderr: '', exit: 0 }]);
    expect(real[0]?.stdout).toBe('<id1>\n<id1>\n');
    expect(sim[0]?.stdout).toBe('<id1>\n<id2>\n');
  });
});

describe('tables', () => {
  const ps = (created: string, status: string) => {
    const rows = [
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      [B.slice(0, 12), 'busybox', '"sleep 3600"', created, status, '', 'dlt-b'],
      [A.slice(0, 12), 'busybox', '"sleep 3600"', created, status, '', 'dlt-a'],
    ];
    return `${renderTable(rows).join('\n')}\n`;
  };

  it('renders as the docker CLI does (tabwriter: min width 10, padding 3)', () => {
    expect(ps('1 second ago', 'Up 1 second')).toBe(
      'CONTAINER ID   IMAGE     COMMAND        CREATED        STATUS        PORTS     NAMES\n' +
        'bea19756b320   busybox   "sleep 3600"   1 second ago   Up 1 second             dlt-b\n' +
        '684eb407e9f7   busybox   "sleep 3600"   1 second ago   Up 1 second             dlt-a\n',
    );
  });

  it('re-aligns a table whose timings differ, so the two sides compare equal', () => {
    const a = createNormaliser().text(ps('1 second ago', 'Up 1 second'));
    const b = createNormaliser().text(ps('About a minute ago', 'Up About a minute'));
    expect(a).toBe(b);
    expect(a).toBe(
      'CONTAINER ID   IMAGE     COMMAND        CREATED          STATUS          PORTS     NAMES\n' +
        '<id1>          busybox   "sleep 3600"   <duration> ago   Up <duration>             dlt-b\n' +
        '<id2>          busybox   "sleep 3600"   <duration> ago   Up <duration>             dlt-a\n',
    );
  });

  it('leaves a misaligned table misaligned, so the difference still shows', () => {
    const bad = 'NETWORK ID   NAME   DRIVER   SCOPE\n0002bfc7fb4b   bridge   bridge   local\n';
    expect(alignedTable(bad.split('\n'), 0)).toBeUndefined();
    expect(createNormaliser().text(bad)).toBe('NETWORK ID   NAME   DRIVER   SCOPE\n<id1>   bridge   bridge   local\n');
  });

  it('normalises image sizes and creation times in docker images', () => {
    const real = renderTable([
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ['busybox', 'latest', '23232607cb81', '3 weeks ago', '4.26MB'],
    ]).join('\n');
    expect(createNormaliser().text(real)).toBe('REPOSITORY   TAG       IMAGE ID   CREATED          SIZE\nbusybox      latest    <id1>      <duration> ago   <size>');
  });
});

describe('interfaces', () => {
  const containerIpAddr = [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '6: eth0@if7: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue ',
    '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff',
    '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0',
    '       valid_lft forever preferred_lft forever',
    '',
  ].join('\n');
  const hostLinks = [
    '7: veth6e46af7@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default ',
    '    link/ether f6:ce:48:31:48:34 brd ff:ff:ff:ff:ff:ff link-netnsid 0',
    '',
  ].join('\n');

  it('numbers interface indexes by value, so eth0@ifN still pairs with N: veth…', () => {
    const n = createNormaliser();
    const inside = n.text(containerIpAddr);
    expect(inside).toContain('<if1>: lo: <LOOPBACK');
    expect(inside).toContain('<if2>: eth0@<if3>: <BROADCAST');
    // The container's MAC is derived from its address, printed alongside: it stays.
    expect(inside).toContain('link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff');
    expect(n.text(hostLinks)).toBe(
      '<if3>: <veth1>@<if2>: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default \n' +
        '    link/ether <mac1> brd ff:ff:ff:ff:ff:ff link-netnsid 0\n',
    );
  });

  it("numbers the bridge's random MAC the same in ip addr, brctl and its link-local address", () => {
    const n = createNormaliser();
    const docker0 = n.text(
      '2: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n' +
        '    link/ether 02:42:43:ff:c5:98 brd ff:ff:ff:ff:ff:ff\n' +
        '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\n' +
        '    inet6 fe80::42:43ff:feff:c598/64 scope link \n',
    );
    expect(docker0).toContain('link/ether <mac1> brd');
    expect(docker0).toContain('inet6 fe80::<mac1>/64 scope link');
    expect(n.text('bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.024243ffc598\tno\t\tveth6e46af7\n')).toBe(
      'bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.<mac1>\tno\t\t<veth1>\n',
    );
  });

  it("lists brctl's interfaces by number: it sorts them by their random names", () => {
    const brctl = (first: string, second: string) =>
      `bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.024243ffc598\tno\t\t${first}\n\t\t\t\t\t\t\t${second}\n`;
    const n = createNormaliser();
    n.text('7: veth6e46af7@if6: <BROADCAST>\n9: vethc5ade93@if8: <BROADCAST>\n');
    expect(n.text(brctl('vethc5ade93', 'veth6e46af7'))).toBe(
      'bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.<mac1>\tno\t\t<veth1>\n\t\t\t\t\t\t\t<veth2>\n',
    );
  });

  it('numbers a 02:42 MAC whose address has not been printed (yet)', () => {
    const n = createNormaliser();
    expect(n.text('02:42:ac:11:00:02\n')).toBe('<mac1>\n');
    expect(n.text('172.17.0.3\n')).toBe('172.17.0.3\n');
    expect(n.text('02:42:ac:11:00:03\n')).toBe('02:42:ac:11:00:03\n');
  });
});

describe('timings, dates, processes, resolvers', () => {
  it('normalises ping times and the round-trip summary', () => {
    const ping =
      'PING 172.17.0.3 (172.17.0.3): 56 data bytes\n64 bytes from 172.17.0.3: seq=0 ttl=64 time=0.571 ms\n\n' +
      '--- 172.17.0.3 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
      'round-trip min/avg/max = 0.571/0.571/0.571 ms\n';
    expect(createNormaliser().text(ping)).toBe(
      'PING 172.17.0.3 (172.17.0.3): 56 data bytes\n64 bytes from 172.17.0.3: seq=0 ttl=64 time=<ms> ms\n\n' +
        '--- 172.17.0.3 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = <rtt> ms\n',
    );
  });

  it('normalises inspect dates, sizes and PIDs but keeps the zero time', () => {
    const json = '"Created": "2026-11-22T11:36:51.092731182Z",\n"Pid": 24863,\n"ExitCode": 0,\n"FinishedAt": "0001-01-01T00:00:00Z"\n"Size": 1986965,\n';
    expect(createNormaliser().text(json)).toBe('"Created": "<date>",\n"Pid": <pid>,\n"ExitCode": 0,\n"FinishedAt": "0001-01-01T00:00:00Z"\n"Size": <size>,\n');
    expect(createNormaliser().text('"Pid": 0,')).toBe('"Pid": 0,');
  });

  it("normalises log dates (Apache's and MySQL's)", () => {
    expect(createNormaliser().text('[Sun Nov 22 11:31:30.000000 2026] [core:notice] x\n2026-11-22 11:31:30+00:00 [Note]')).toBe(
      '[<date>] [core:notice] x\n<date> [Note]',
    );
  });

  it("normalises ss's PIDs and the header padding that follows their width", () => {
    const ss =
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess                                 \n' +
      'LISTEN 0      4096         0.0.0.0:8080      0.0.0.0:*    users:(("docker-proxy",pid=31337,fd=4))\n';
    expect(createNormaliser().text(ss)).toBe(
      'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n' + 'LISTEN 0      4096         0.0.0.0:8080      0.0.0.0:*    users:(("docker-proxy",pid=<pid>,fd=4))\n',
    );
  });

  it("replaces the host's resolver, not the embedded DNS server", () => {
    const n = createNormaliser();
    expect(n.text('nameserver 10.255.255.53\n')).toBe('nameserver <host-dns>\n');
    expect(n.text('nameserver 127.0.0.11\noptions ndots:0\n')).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
  });

  it('applies aliases first (a development engine’s paths)', () => {
    const n = createNormaliser({ aliases: [['/var/lib/dlt-dev-docker', '/var/lib/docker']] });
    expect(n.text(`/var/lib/dlt-dev-docker/containers/${A}/hosts`)).toBe('/var/lib/docker/containers/<id1>/hosts');
  });
});

describe('busybox nslookup answer order', () => {
  it('lists the answer with records first, whichever arrived first', () => {
    const real = 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.3\n\n';
    const sim = 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.3\n\nNon-authoritative answer:\n\n';
    expect(createNormaliser().text(real)).toBe(createNormaliser().text(sim));
    expect(createNormaliser().text(real)).toBe(sim);
  });
});
