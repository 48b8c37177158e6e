import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';

// Recorded on two real 20.10 engines on one LAN (test/differential/two-node-engine.sh: node 1 is
// docker-host 10.0.2.15, node 2 docker-host2 10.0.2.16; busybox and httpd fixtures; the uplink
// door's `-o eth0 -j REJECT` taken out of DOCKER-USER on both, the LAN being a veth between them).
// Times masked.

const masked = (out: string) => out.replace(/time=\d+\.\d+ ms/g, 'time=T ms').replace(/= [\d./]+ ms/g, '= R ms');

function lab() {
  const s = createShellSession({ user: 'root' });
  const run = (line: string) => {
    const r = s.run(line);
    return { stdout: masked(r.stdout), stderr: r.stderr, exit: r.exitCode };
  };
  run('docker run -d --name c1 busybox sleep 3600');
  run('ssh docker-host2 docker run -d -p 8080:80 --name w1 httpd');
  return run;
}

const PING_OK = 'PING 10.0.2.16 (10.0.2.16): 56 data bytes\n64 bytes from 10.0.2.16: seq=0 ttl=63 time=T ms\n\n--- 10.0.2.16 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = R ms\n';
const PING_LOST = 'PING 10.0.2.16 (10.0.2.16): 56 data bytes\n\n--- 10.0.2.16 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n';

describe('a container reaches the lab\'s other machine through its host\'s MASQUERADE', () => {
  it('pings docker-host2 with ttl=63: one router, the container\'s host', () => {
    const run = lab();
    // run 1 docker exec c1 ping -c 1 -W 1 10.0.2.16
    expect(run('docker exec c1 ping -c 1 -W 1 10.0.2.16')).toEqual({ stdout: PING_OK, stderr: '', exit: 0 });
  });

  it('reaches a port published on docker-host2, and is refused where nothing is published', () => {
    const run = lab();
    // run 1 docker exec c1 wget -qO- 10.0.2.16:8080
    expect(run('docker exec c1 wget -qO- 10.0.2.16:8080')).toEqual({ stdout: '<html><body><h1>It works!</h1></body></html>\n', stderr: '', exit: 0 });
    // run 1 docker exec c1 wget -qO- 10.0.2.16:8081
    expect(run('docker exec c1 wget -qO- 10.0.2.16:8081')).toEqual({ stdout: '', stderr: "wget: can't connect to remote host (10.0.2.16): Connection refused\n", exit: 1 });
  });

  it('a user-defined bridge is masqueraded the same way', () => {
    const run = lab();
    run('docker network create n1');
    run('docker run -d --name c2 --network n1 busybox sleep 3600');
    // run 1 docker exec c2 ping -c 1 -W 1 10.0.2.16
    expect(run('docker exec c2 ping -c 1 -W 1 10.0.2.16')).toEqual({ stdout: PING_OK, stderr: '', exit: 0 });
  });

  it('without the MASQUERADE rule nothing comes back; with it again, the ping works', () => {
    const run = lab();
    // run 1 iptables -t nat -D POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
    expect(run('iptables -t nat -D POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(run('docker exec c1 ping -c 1 -W 1 10.0.2.16')).toEqual({ stdout: PING_LOST, stderr: '', exit: 1 });
    // The real fixture's busybox wget dies of SIGSEGV (exit 139) when -T runs out; the simulator
    // prints what busybox's wget says when its timeout expires.
    expect(run('docker exec c1 wget -qO- -T 2 10.0.2.16:8080').exit).toBe(1);
    // run 1 iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
    run('iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE');
    expect(run('docker exec c1 ping -c 1 -W 1 10.0.2.16')).toEqual({ stdout: PING_OK, stderr: '', exit: 0 });
  });
});
