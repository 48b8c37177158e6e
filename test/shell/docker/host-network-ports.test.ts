// Where servers listen and what docker ps shows for containers without an endpoint of their
// own. Recorded from docker CLI 28.2.2 + Engine 20.10.24 on a private engine (its own network
// namespace, so that port 80 of the shared host stays free); the real commands are in comments.
import { describe, expect, it } from 'vitest';
import { host, out } from './helpers.js';

const SS_HEAD = 'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n';

describe('--network host, none and container: have no port map', () => {
  it('docker ps PORTS is empty and NetworkSettings.Ports is {}, exposed ports or not', () => {
    const h = host();
    // docker run -d --name fx1-h --network host httpd; docker run -d --name fx1-b httpd
    h.run('docker run -d --name dlt-h --network host httpd');
    h.run('docker run -d --name dlt-b httpd');
    h.run('docker run -d --name dlt-no --network none httpd');
    h.run('docker run -d --name dlt-j --network container:dlt-b httpd');
    // docker ps --format '{{.Names}}|{{.Ports}}|'
    expect(h.run("docker ps --format '{{.Names}}|{{.Ports}}|'")).toEqual(out('dlt-j||\ndlt-no||\ndlt-b|80/tcp|\ndlt-h||\n'));
    // docker inspect -f '{{json .NetworkSettings.Ports}}' fx1-h → {}
    for (const c of ['dlt-h', 'dlt-no', 'dlt-j']) expect(h.run(`docker inspect -f '{{json .NetworkSettings.Ports}}' ${c}`)).toEqual(out('{}\n'));
    // docker stop -t 0 fx1-no; docker ps -a → still no PORTS
    h.run('docker stop -t 0 dlt-no');
    expect(h.run("docker ps -a --filter name=dlt-no --format '{{.Ports}}|'")).toEqual(out('|\n'));
  });
});

describe('what the images\' servers listen on', () => {
  it('httpd: one IPv6 socket that takes IPv4 too, on the host\'s ports in host mode', () => {
    const h = host();
    h.run('docker run -d --name dlt-h --network host httpd');
    // ss -ltn (in the engine's namespace): LISTEN 0 9 *:80 *:* (the fixture's busybox httpd; Apache's backlog is 511)
    expect(h.run("ss -ltn 'sport = :80'")).toEqual(out(`${SS_HEAD}LISTEN 0      511                *:80              *:*          \n`));
    // ss -ltnp: the owner by its host PID
    expect(h.run("ss -ltnp 'sport = :80'").stdout).toMatch(/ \*:80 +\*:\* +users:\(\("httpd",pid=\d+,fd=3\)\)\n$/);
    // docker run --rm --network host busybox netstat -ltn
    expect(h.run('docker run --rm --network host busybox netstat -ltn').stdout).toContain('tcp        0      0 :::80                   :::*                    LISTEN      \n');
    // the host's own port 80 is taken: publishing it fails in docker-proxy
    expect(h.run('docker run -d -p 80:80 --name dlt-p httpd').stderr).toContain('Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use');
    expect(h.run('curl -s localhost')).toEqual(out('<html><body><h1>It works!</h1></body></html>\n'));
  });

  it('busybox httpd -f: backlog 9, dual stack', () => {
    const h = host();
    // docker run -d --name dlt-h92 --network host --expose 8097 busybox httpd -f -p 8097; ss -ltn 'sport = :8097'
    h.run('docker run -d --name dlt-h92 --network host --expose 8097 busybox httpd -f -p 8097');
    expect(h.run("ss -ltn 'sport = :8097'")).toEqual(out(`${SS_HEAD}LISTEN 0      9                  *:8097            *:*          \n`));
  });

  it('nginx: listen 80 and listen [::]:80 (IPv6 only), two sockets (the real image; the fixture has one)', () => {
    const h = host();
    h.run('docker run -d --name dlt-ng nginx');
    expect(h.run('docker run --rm --network container:dlt-ng busybox netstat -ltn').stdout).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \ntcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \ntcp        0      0 :::80                   :::*                    LISTEN      \n');
    expect(h.run('docker run --rm --network container:dlt-ng busybox wget -qO- localhost').stdout).toContain('Welcome to nginx!');
  });
});
