import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';
import type { ShellSession } from '../../../../src/shell/session.js';
import { HTTPD_BODY, httpd, publish, runContainer } from '../../../sim/net/helpers.js';

// Expected outputs were recorded on a real host (Debian 12, Engine 20.10.24, iputils 20221126,
// Debian's busybox 1.35) with the commands in the comments, then put in the simulator's addresses.

function world(): { s: ShellSession; exec: (name: string, line: string) => ReturnType<ShellSession['run']> } {
  const s = createShellSession({ user: 'learner' });
  const h = s.host;
  runContainer(h, 'web1');
  runContainer(h, 'web2');
  h.engine.networkCreate({ name: 'n1' });
  h.engine.networkCreate({ name: 'n2' });
  runContainer(h, 'w1', { network: 'n1' });
  runContainer(h, 'w2', { network: 'n1' });
  runContainer(h, 'x1', { network: 'n2' });
  runContainer(h, 'site', { ports: [publish(8080, 80)], listeners: [httpd] });
  runContainer(h, 'quiet', { ports: [publish(8081, 80)] });
  const exec = (name: string, line: string) => {
    const r = s.execIn(h.engine.container(name).id, line.split(' '));
    if (r === 'not-found') throw new Error(`${line}: not in the image`);
    return r;
  };
  return { s, exec };
}

const masked = (out: string) => out.replace(/time=\d+\.\d+ ms/g, 'time=T ms').replace(/= [\d./]+ ms/g, '= R ms').replace(/time \d+ms/g, 'time Nms');

describe('ping', () => {
  it('prints iputils replies on the host', () => {
    // ping -c 2 172.17.0.7
    const r = world().s.run('ping -c 2 172.17.0.2');
    expect(masked(r.stdout)).toBe('PING 172.17.0.2 (172.17.0.2) 56(84) bytes of data.\n64 bytes from 172.17.0.2: icmp_seq=1 ttl=64 time=T ms\n64 bytes from 172.17.0.2: icmp_seq=2 ttl=64 time=T ms\n\n--- 172.17.0.2 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time Nms\nrtt min/avg/max/mdev = R ms\n');
    expect(r.exitCode).toBe(0);
  });

  it('prints the busybox format in busybox, and bad address for a name on the default bridge', () => {
    const { exec } = world();
    // docker exec htr-b1 ping -c 2 172.17.0.8
    const r = exec('web1', 'ping -c 2 172.17.0.3');
    expect(masked(r.stdout)).toBe('PING 172.17.0.3 (172.17.0.3): 56 data bytes\n64 bytes from 172.17.0.3: seq=0 ttl=64 time=T ms\n64 bytes from 172.17.0.3: seq=1 ttl=64 time=T ms\n\n--- 172.17.0.3 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = R ms\n');
    // docker exec htr-b1 ping -c 1 htr-b2
    expect(exec('web1', 'ping -c 1 web2')).toEqual({ stdout: '', stderr: "ping: bad address 'web2'\n", exitCode: 1 });
  });

  it('resolves names on a user network and times out across networks', () => {
    const { exec } = world();
    // docker exec htr-w1 ping -c 2 htr-w2
    expect(masked(exec('w1', 'ping -c 1 w2').stdout)).toBe('PING w2 (172.18.0.3): 56 data bytes\n64 bytes from 172.18.0.3: seq=0 ttl=64 time=T ms\n\n--- w2 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = R ms\n');
    // docker exec htr-w1 ping -c 1 -W 1 172.22.0.2
    expect(exec('w1', 'ping -c 1 -W 1 172.19.0.2')).toEqual({ stdout: 'PING 172.19.0.2 (172.19.0.2): 56 data bytes\n\n--- 172.19.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n', stderr: '', exitCode: 1 });
  });

  it('prints the iputils timeout with its closing blank line, and unknown names', () => {
    const { s } = world();
    // ping -c 1 -W 1 10.78.0.2  (a namespace dropping everything)
    expect(s.run('ping -c 1 -W 1 8.8.8.8')).toEqual({ stdout: 'PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.\n\n--- 8.8.8.8 ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n', stderr: '', exitCode: 1 });
    // ping -c 1 htr-nosuch
    expect(s.run('ping -c 1 web1')).toEqual({ stdout: '', stderr: 'ping: web1: Name or service not known\n', exitCode: 2 });
  });

  it('reports Destination Host Unreachable from the host for an unused bridge address', () => {
    // ping -c 1 172.17.255.250
    expect(world().s.run('ping -c 1 172.17.255.250')).toEqual({ stdout: 'PING 172.17.255.250 (172.17.255.250) 56(84) bytes of data.\nFrom 172.17.0.1 icmp_seq=1 Destination Host Unreachable\n\n--- 172.17.255.250 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n', stderr: '', exitCode: 1 });
  });

  it('names the reply by /etc/hosts when pinging a name on the host', () => {
    // ping -c 1 localhost
    expect(masked(world().s.run('ping -c 1 localhost').stdout)).toBe('PING localhost (127.0.0.1) 56(84) bytes of data.\n64 bytes from localhost (127.0.0.1): icmp_seq=1 ttl=64 time=T ms\n\n--- localhost ping statistics ---\n1 packets transmitted, 1 received, 0% packet loss, time Nms\nrtt min/avg/max/mdev = R ms\n');
  });

  it('stops a ping without -c after 4 packets, shows the ^C and says so', () => {
    const r = world().s.run('ping 172.17.0.2');
    expect(masked(r.stdout)).toMatch(/icmp_seq=4 ttl=64 time=T ms\n\^C\n--- 172.17.0.2 ping statistics ---\n4 packets transmitted, 4 received, 0% packet loss, time Nms\n/);
    expect(r.stderr).toContain('Ctrl-C');
  });

  it('says Network is unreachable from a --network none container', () => {
    const { s } = world();
    const c = runContainer(s.host, 'alone', { network: 'none' });
    // docker exec htr-none ping -c 1 172.17.0.7
    expect(s.execIn(c.id, ['ping', '-c', '1', '172.17.0.2'])).toEqual({ stdout: 'PING 172.17.0.2 (172.17.0.2): 56 data bytes\n', stderr: 'ping: sendto: Network is unreachable\n', exitCode: 1 });
  });
});

describe('nslookup (busybox)', () => {
  it('asks the embedded DNS on a user network', () => {
    // docker exec htr-w1 nslookup htr-w2
    expect(world().exec('w1', 'nslookup w2')).toEqual({ stdout: 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tw2\nAddress: 172.18.0.3\n\nNon-authoritative answer:\n\n', stderr: '', exitCode: 0 });
  });

  it('gets NXDOMAIN for a name it does not know, twice (A and AAAA)', () => {
    // busybox nslookup htr-nosuch 127.0.0.1:5353   (a stub answering NXDOMAIN)
    expect(world().exec('w1', 'nslookup x1')).toEqual({ stdout: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find x1: NXDOMAIN\n\n** server can't find x1: NXDOMAIN\n\n", stderr: '', exitCode: 1 });
  });

  it('asks the host resolver copied into resolv.conf on the default bridge', () => {
    expect(world().exec('web1', 'nslookup web2').stdout).toBe("Server:\t\t10.0.2.3\nAddress:\t10.0.2.3:53\n\n** server can't find web2: NXDOMAIN\n\n** server can't find web2: NXDOMAIN\n\n");
  });

  it('answers PTR for an address on the network', () => {
    // docker exec htr-w1 nslookup 172.21.0.3
    expect(world().exec('w1', 'nslookup 172.18.0.3').stdout).toBe('Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n3.0.18.172.in-addr.arpa\tname = w2.n1\n\n');
  });
});

describe('curl', () => {
  it('gets the page of a published port, quietly with -s', () => {
    const { s } = world();
    // curl -s localhost:28480
    expect(s.run('curl -s localhost:8080')).toEqual({ stdout: HTTPD_BODY, stderr: '', exitCode: 0 });
    expect(s.run('curl http://172.17.0.4/')).toEqual({ stdout: HTTPD_BODY, stderr: '', exitCode: 0 });
  });

  it('prints curl 7.81 errors: refused, unknown host, reset by docker-proxy', () => {
    const { s } = world();
    expect(s.run('curl localhost:8082')).toEqual({ stdout: '', stderr: 'curl: (7) Failed to connect to localhost port 8082 after 0 ms: Connection refused\n', exitCode: 7 });
    expect(s.run('curl -s localhost:8082')).toEqual({ stdout: '', stderr: '', exitCode: 7 });
    // curl htr-nosuch
    expect(s.run('curl nosuch')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: nosuch\n', exitCode: 6 });
    // curl -sS localhost:28482  (published, nothing listening inside)
    expect(s.run('curl -sS localhost:8081')).toEqual({ stdout: '', stderr: 'curl: (56) Recv failure: Connection reset by peer\n', exitCode: 56 });
    // curl -sS 192.0.2.2:28482  (DNAT straight to the container, which resets)
    expect(s.run('curl -sS 10.0.2.15:8081').stderr).toBe('curl: (7) Failed to connect to 10.0.2.15 port 8081 after 0 ms: Connection refused\n');
  });

  it('times out on what nobody answers', () => {
    const { s } = world();
    expect(s.run('curl -sS --connect-timeout 1 http://8.8.8.8/')).toEqual({ stdout: '', stderr: 'curl: (28) Connection timed out after 1001 milliseconds\n', exitCode: 28 });
  });

  it('answers the Engine API on the socket, and refuses a learner outside the docker group', () => {
    const { s } = world();
    const r = s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/json');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('}]\n')).toBe(true);
    expect(JSON.parse(r.stdout).map((c: { Names: string[] }) => c.Names[0])).toContain('/site');
    // curl -s --unix-socket /var/run/docker.sock http://localhost/nosuch
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/nosuch').stdout).toBe('{"message":"page not found"}\n');
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/_ping').stdout).toBe('OK');
    // curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/plugins  (Engine 20.10, none installed)
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/plugins').stdout).toBe('[]\n');
    // curl -s --unix-socket /var/run/docker.sock 'http://localhost/v1.41/volumes?filters=…'  (a filter matching nothing)
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes').stdout).toBe('{"Volumes":[],"Warnings":null}\n');
    s.run('docker volume create les-v');
    const vols = JSON.parse(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/volumes').stdout) as { Volumes: { Name: string }[] };
    expect(vols.Volumes.map((v) => v.Name)).toEqual(['les-v']);
    // curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes/les2-v
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes/les-v').stdout).toMatch(/^\{"CreatedAt":"[^"]+","Driver":"local","Labels":null,"Mountpoint":"\/var\/lib\/docker\/volumes\/les-v\/_data","Name":"les-v","Options":null,"Scope":"local"\}\n$/);
    // curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes/les2-none
    expect(s.run('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes/nosuch').stdout).toBe('{"message":"get nosuch: no such volume"}\n');
    const outsider = createShellSession({ host: { learnerInDockerGroup: false } });
    expect(outsider.run('curl --unix-socket /var/run/docker.sock http://localhost/version')).toEqual({ stdout: '', stderr: "curl: (7) Couldn't connect to server\n", exitCode: 7 });
  });
});

describe('wget and nc (busybox)', () => {
  it('fetches with -qO- and prints its progress otherwise', () => {
    const { exec } = world();
    // docker exec htr-b1 wget -qO- http://172.17.0.11/
    expect(exec('web1', 'wget -qO- http://172.17.0.4/')).toEqual({ stdout: HTTPD_BODY, stderr: '', exitCode: 0 });
    // docker exec htr-b1 wget -O- http://172.17.0.11/
    expect(exec('web1', 'wget -O- http://172.17.0.4/').stderr).toBe('Connecting to 172.17.0.4 (172.17.0.4:80)\nwriting to stdout\n-                    100% |********************************|    45  0:00:00 ETA\nwritten to stdout\n');
    // docker exec htr-w1 wget -O- htr-web:81
    expect(exec('web1', 'wget -O- 172.17.0.4:81')).toEqual({ stdout: '', stderr: "Connecting to 172.17.0.4:81 (172.17.0.4:81)\nwget: can't connect to remote host (172.17.0.4): Connection refused\n", exitCode: 1 });
    // docker exec htr-w1 wget -qO- nosuch
    expect(exec('w1', 'wget -qO- nosuch')).toEqual({ stdout: '', stderr: "wget: bad address 'nosuch'\n", exitCode: 1 });
    // docker exec htr-b1 wget -O- 172.17.0.1:28482
    expect(exec('web1', 'wget -O- 172.17.0.1:8081').stderr).toBe('Connecting to 172.17.0.1:8081 (172.17.0.1:8081)\nwget: error getting response: Connection reset by peer\n');
  });

  it('saves to index.html and refuses to overwrite it', () => {
    const { exec } = world();
    // docker exec -w /tmp htr-b1 wget http://172.17.0.11/  (twice)
    expect(exec('web1', 'wget http://172.17.0.4/').stderr).toBe("Connecting to 172.17.0.4 (172.17.0.4:80)\nsaving to 'index.html'\nindex.html           100% |********************************|    45  0:00:00 ETA\n'index.html' saved\n");
    expect(exec('web1', 'wget http://172.17.0.4/')).toEqual({ stdout: '', stderr: "Connecting to 172.17.0.4 (172.17.0.4:80)\nwget: can't open 'index.html': File exists\n", exitCode: 1 });
  });

  it('scans a port with nc -zv', () => {
    const { exec, s } = world();
    expect(exec('web1', 'nc -zv 172.17.0.4 80')).toEqual({ stdout: '', stderr: '172.17.0.4 (172.17.0.4:80) open\n', exitCode: 0 });
    expect(exec('web1', 'nc -zv 172.17.0.4 81')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    // nc -zv localhost 28480 ; nc -zv 127.0.0.1 28481  (OpenBSD netcat on the host)
    expect(s.run('nc -zv localhost 8080').stderr).toBe('Connection to localhost (127.0.0.1) 8080 port [tcp/http-alt] succeeded!\n');
    expect(s.run('nc -zv 127.0.0.1 8082')).toEqual({ stdout: '', stderr: 'nc: connect to 127.0.0.1 port 8082 (tcp) failed: Connection refused\n', exitCode: 1 });
  });
});
