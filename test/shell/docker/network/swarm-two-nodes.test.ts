import { describe, expect, it } from 'vitest';
import { err, ok, shell } from './session.js';

// A swarm of the lab's two machines: docker-host (10.0.2.15) and docker-host2 (10.0.2.16).
// Texts are Engine 20.10's, observed with two engines in two network namespaces on one LAN
// (test/differential/two-node/NOTES.md).

/** docker-host as manager, docker-host2 joined as a worker, an attachable overlay `ov`. */
function twoNodes(o: { advertise?: string } = {}) {
  const sh = shell();
  sh.run(`docker swarm init --advertise-addr ${o.advertise ?? '10.0.2.15'}`);
  const joined = sh.run('ssh docker-host2 docker swarm join --token $(docker swarm join-token -q worker) 10.0.2.15:2377');
  sh.run('docker network create -d overlay --attachable ov');
  return { sh, joined };
}

describe('docker swarm join from the second machine', () => {
  it('joins as a worker with the worker token', () => {
    const { joined } = twoNodes();
    expect(joined).toEqual(ok('This node joined a swarm as a worker.\n'));
  });

  it('the manager lists both nodes, sorted by hostname; the worker may not', () => {
    const { sh } = twoNodes();
    const ids = sh.run("docker node ls --format '{{.Hostname}} {{.ID}}'").stdout.trim().split('\n').map((l) => l.split(' '));
    const [self, worker] = ids.map((x) => x[1] ?? '');
    expect(sh.run('docker node ls')).toEqual(ok(
      'ID                            HOSTNAME       STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n' +
        `${self} *   docker-host    Ready     Active         Leader           20.10.24+dfsg1\n` +
        `${worker}     docker-host2   Ready     Active                          20.10.24+dfsg1\n`,
    ));
    expect(sh.run('ssh docker-host2 docker node ls')).toEqual(err("Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n"));
  });

  it('refuses a second join, a malformed token and a wrong one', () => {
    const { sh } = twoNodes();
    const token = sh.run('docker swarm join-token -q worker').stdout.trim();
    expect(sh.run(`ssh docker-host2 docker swarm join --token ${token} 10.0.2.15:2377`)).toEqual(err('Error response from daemon: This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.\n'));
    const fresh = shell();
    fresh.run('docker swarm init --advertise-addr 10.0.2.15');
    expect(fresh.run('ssh docker-host2 docker swarm join --token SWMTKN-1-x 10.0.2.15:2377').stderr).toBe('Error response from daemon: invalid join token\n');
    // Another swarm's token: its digest names another CA (the fingerprint it expected, in hex).
    const other = `SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-${'b'.repeat(25)}`;
    expect(fresh.run(`ssh docker-host2 docker swarm join --token ${other} 10.0.2.15:2377`).stderr).toBe('Error response from daemon: remote CA does not match fingerprint. Expected: 9529c6f3c5558ac3ec02b338a52d3c5434e0835a8af6f1e124649e87afaa2fb5\n');
    // This swarm's CA, a secret it never issued.
    const digest = fresh.run('docker swarm join-token -q worker').stdout.split('-')[2] ?? '';
    expect(fresh.run(`ssh docker-host2 docker swarm join --token SWMTKN-1-${digest}-${'b'.repeat(25)} 10.0.2.15:2377`).stderr).toBe('Error response from daemon: rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster\n');
    expect(fresh.run('ssh docker-host2 docker network create -d overlay x').stderr).toBe('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n');
  });

  it('cannot join where no manager answers: nothing listens, or a firewall drops the connection', () => {
    const sh = shell();
    const token = `SWMTKN-1-${'1'.repeat(50)}-${'b'.repeat(25)}`;
    expect(sh.run(`ssh docker-host2 docker swarm join --token ${token} 10.0.2.15:2377`).stderr).toMatch(/^Error response from daemon: Timeout was reached before node joined/);
    // The join goes on in the background: the node is pending (real: the same JSON), until it leaves.
    expect(sh.run(`ssh docker-host2 "docker info --format '{{json .Swarm}}'"`)).toEqual(ok('{"NodeID":"","NodeAddr":"10.0.2.16","LocalNodeState":"pending","ControlAvailable":false,"Error":"","RemoteManagers":[{"NodeID":"","Addr":"10.0.2.15:2377"}]}\n'));
    expect(sh.run(`ssh docker-host2 docker swarm join --token ${token} 10.0.2.15:2377`).stderr).toMatch(/already part of a swarm/);
    expect(sh.run('ssh docker-host2 docker swarm leave')).toEqual(ok('Node left the swarm.\n'));
    sh.run('docker swarm init --advertise-addr 10.0.2.15');
    sh.run('iptables -I INPUT -p tcp --dport 2377 -j DROP');
    const good = sh.run('docker swarm join-token -q worker').stdout.trim();
    expect(sh.run(`ssh docker-host2 docker swarm join --token ${good} 10.0.2.15:2377`).stderr).toMatch(/^Error response from daemon: Timeout was reached/);
    sh.run('ssh docker-host2 docker swarm leave');
    sh.run('iptables -D INPUT -p tcp --dport 2377 -j DROP');
    expect(sh.run(`ssh docker-host2 docker swarm join --token ${good} 10.0.2.15:2377`)).toEqual(ok('This node joined a swarm as a worker.\n'));
  });

  it('a worker leaves without --force; the manager then lists it Down until node rm', () => {
    const { sh } = twoNodes();
    expect(sh.run('ssh docker-host2 docker swarm leave')).toEqual(ok('Node left the swarm.\n'));
    // The manager notices when the node's heartbeats stop: Ready for a while yet (real: ~14 s).
    expect(sh.run("docker node ls --format '{{.Hostname}} {{.Status}}'")).toEqual(ok('docker-host Ready\ndocker-host2 Ready\n'));
    const id = sh.run("docker node ls --format '{{if not .Self}}{{.ID}}{{end}}'").stdout.trim();
    expect(sh.run('docker node rm docker-host2')).toEqual(err(`Error response from daemon: rpc error: code = FailedPrecondition desc = node ${id} is not down and can't be removed\n`));
    sh.session.host.clock.tick(15_000);
    expect(sh.run("docker node ls --format '{{.Hostname}} {{.Status}}'")).toEqual(ok('docker-host Ready\ndocker-host2 Down\n'));
    expect(sh.run('docker node rm docker-host2')).toEqual(ok('docker-host2\n'));
    expect(sh.run("docker node ls --format '{{.Hostname}}'")).toEqual(ok('docker-host\n'));
  });

  it('a worker may not create a swarm network', () => {
    const { sh } = twoNodes();
    expect(sh.run('ssh docker-host2 docker network create -d overlay x')).toEqual(err('Error response from daemon: Cannot create a multi-host network from a worker node. Please create the network from a manager node.\n'));
  });

  it('a node that is still up cannot be removed', () => {
    const { sh } = twoNodes();
    const worker = sh.run("docker node ls --format '{{if not .Self}}{{.ID}}{{end}}'").stdout.trim();
    expect(sh.run(`docker node rm ${worker}`)).toEqual(err(`Error response from daemon: rpc error: code = FailedPrecondition desc = node ${worker} is not down and can't be removed\n`));
    // Real (a 20.10 engine): a manager must be demoted first; an unknown node is not found.
    const self = sh.run("docker node ls --format '{{if .Self}}{{.ID}}{{end}}'").stdout.trim();
    expect(sh.run('docker node rm docker-host')).toEqual(err(`Error response from daemon: rpc error: code = FailedPrecondition desc = node ${self} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal\n`));
    expect(sh.run('docker node rm nosuch')).toEqual(err('Error response from daemon: node nosuch not found\n'));
  });
});

describe('an attachable overlay across the two machines', () => {
  it('the worker has the network only while a container of its is on it', () => {
    const { sh } = twoNodes();
    const names = () => sh.run("ssh docker-host2 docker network ls --format '{{.Name}}'").stdout;
    expect(names()).toBe('bridge\ndocker_gwbridge\nhost\ningress\nnone\n');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    expect(names()).toBe('bridge\ndocker_gwbridge\nhost\ningress\nnone\nov\n');
    sh.run('ssh docker-host2 docker rm -f b1');
    expect(names()).toBe('bridge\ndocker_gwbridge\nhost\ningress\nnone\n');
  });

  it('addresses come from the manager, in order, whichever node asks', () => {
    const { sh } = twoNodes();
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    expect(sh.run("docker inspect -f '{{.NetworkSettings.Networks.ov.IPAddress}}' a1")).toEqual(ok('10.0.1.2\n'));
    expect(sh.run("ssh docker-host2 docker inspect -f '{{.NetworkSettings.Networks.ov.IPAddress}}' b1")).toEqual(ok('10.0.1.4\n'));
  });

  it('containers on the two machines reach each other by name and address, over VXLAN', () => {
    const { sh } = twoNodes();
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    const ping = sh.run('docker exec a1 ping -c 1 -W 1 b1');
    expect(ping.exit).toBe(0);
    expect(ping.stdout).toMatch(/^PING b1 \(10\.0\.1\.4\): 56 data bytes\n64 bytes from 10\.0\.1\.4: seq=0 ttl=64 time=/);
    expect(sh.run('ssh docker-host2 docker exec b1 ping -c 1 -W 1 a1').exit).toBe(0);
    expect(sh.run('docker exec a1 nslookup b1').stdout).toContain('Name:\tb1\nAddress: 10.0.1.4\n');
  });

  it('a firewall on UDP 4789 of one machine cuts the overlay, not the LAN', () => {
    const { sh } = twoNodes();
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 iptables -I INPUT -p udp --dport 4789 -j DROP');
    const cut = sh.run('docker exec a1 ping -c 1 -W 1 b1');
    expect(cut.exit).toBe(1);
    expect(cut.stdout).toContain('1 packets transmitted, 0 packets received, 100% packet loss');
    expect(sh.run('ping -c 1 -W 1 docker-host2').exit).toBe(0);
    sh.run('ssh docker-host2 iptables -D INPUT -p udp --dport 4789 -j DROP');
    expect(sh.run('docker exec a1 ping -c 1 -W 1 b1').exit).toBe(0);
  });

  it('a manager that advertised 127.0.0.1 is no VXLAN endpoint the worker can reach', () => {
    const { sh, joined } = twoNodes({ advertise: '127.0.0.1' });
    expect(joined.exit).toBe(0);
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    const ip = sh.run("docker inspect -f '{{.NetworkSettings.Networks.ov.IPAddress}}' a1").stdout.trim();
    expect(sh.run(`ssh docker-host2 docker exec b1 ping -c 1 -W 1 ${ip}`).exit).toBe(1);
  });

  it('network inspect lists the nodes that have the network as Peers, in the order they got it, the same on both', () => {
    // Real: the worker's container came first, so [10.0.2.16, 10.0.2.15] on both nodes; ingress [10.0.2.15, 10.0.2.16].
    const { sh } = twoNodes();
    const peers = (where: string, net: string) => {
      const line = `docker network inspect -f '{{json .Peers}}' ${net}`;
      return (JSON.parse(sh.run(where ? `${where}"${line}"` : line).stdout) as { IP: string }[]).map((p) => p.IP);
    };
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    expect(peers('', 'ov')).toEqual(['10.0.2.16', '10.0.2.15']);
    expect(peers('ssh docker-host2 ', 'ov')).toEqual(['10.0.2.16', '10.0.2.15']);
    expect(peers('', 'ingress')).toEqual(['10.0.2.15', '10.0.2.16']);
    // The last container of a node gone, the node leaves the list; the manager may then remove the network.
    sh.run('ssh docker-host2 docker rm -f b1');
    expect(peers('', 'ov')).toEqual(['10.0.2.15']);
    expect(sh.run('docker network rm ov').exit).toBe(1);
    sh.run('docker rm -f a1');
    expect(sh.run('docker network rm ov')).toEqual(ok('ov\n'));
  });

  it('nodes that cannot gossip (the manager advertised 127.0.0.1) know nothing of each other', () => {
    // Real (advertise-loopback): `ping: bad address` both ways, each node's Peers only itself.
    const { sh } = twoNodes({ advertise: '127.0.0.1' });
    sh.run('docker run -d --name a1 --network ov busybox sleep 3600');
    sh.run('ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600');
    expect(sh.run('docker exec a1 ping -c 1 -W 1 b1')).toEqual(err("ping: bad address 'b1'\n"));
    expect(JSON.parse(sh.run("docker network inspect -f '{{json .Peers}}' ov").stdout)).toHaveLength(1);
  });
});

describe('what the manager knows of each node', () => {
  it('node inspect -f reads a node\'s address, role and, for a manager, its swarm address', () => {
    // Real: `docker node inspect -f '{{.Status.Addr}} {{.ManagerStatus.Addr}}' self` → 10.0.2.15 10.0.2.15:2377.
    const { sh } = twoNodes();
    expect(sh.run("docker node inspect -f '{{.Status.Addr}} {{.ManagerStatus.Addr}}' self")).toEqual(ok('10.0.2.15 10.0.2.15:2377\n'));
    expect(sh.run("docker node inspect -f '{{.Status.Addr}} {{.Spec.Role}} {{.Description.Hostname}}' docker-host2")).toEqual(ok('10.0.2.16 worker docker-host2\n'));
    expect(sh.run('docker node inspect self').stderr).toMatch(/is not simulated yet/);
    // Real (a 20.10 engine): what is found is printed, each miss is an error; nothing found, an empty line.
    expect(sh.run("docker node inspect -f '{{.Status.Addr}}' self nosuch")).toEqual(err('Error response from daemon: node nosuch not found\n', 1, '10.0.2.15\n'));
    expect(sh.run("docker node inspect -f '{{.ID}}' nosuch")).toEqual(err('Error response from daemon: node nosuch not found\n', 1, '\n'));
    expect(sh.run("ssh docker-host2 docker node inspect -f '{{.ID}}' self").stderr).toMatch(/Worker nodes can't be used to view or modify cluster state/);
  });

  it('an advertised port is what join commands name (the manager still listens on 2377)', () => {
    // Real: `docker swarm init --advertise-addr 10.0.2.15:4000` prints `… 10.0.2.15:4000`.
    const sh = shell();
    expect(sh.run('docker swarm init --advertise-addr 10.0.2.15:4000').stdout).toContain(' 10.0.2.15:4000\n');
    expect(sh.run("docker node inspect -f '{{.ManagerStatus.Addr}}' self")).toEqual(ok('10.0.2.15:4000\n'));
  });

  it('a second manager: Reachable beside the Leader, sees the swarm\'s networks, and may not leave without --force', () => {
    // Real (init-variants): node ls shows Leader and Reachable from either manager; leave says the quorum would be lost;
    // after leave --force the other manager lists it Unreachable.
    const sh = shell();
    sh.run('docker swarm init --advertise-addr 10.0.2.15');
    expect(sh.run('ssh docker-host2 docker swarm join --token $(docker swarm join-token -q manager) 10.0.2.15:2377')).toEqual(ok('This node joined a swarm as a manager.\n'));
    expect(sh.run("ssh docker-host2 docker node ls --format '{{.Hostname}}:{{.ManagerStatus}}:{{.Self}}'")).toEqual(ok('docker-host:Leader:false\ndocker-host2:Reachable:true\n'));
    expect(sh.run(`ssh docker-host2 "docker info --format '{{.Swarm.ControlAvailable}} {{.Swarm.Managers}} {{.Swarm.Nodes}}'"`)).toEqual(ok('true 2 2\n'));
    sh.run('ssh docker-host2 docker network create -d overlay --attachable ov2');
    expect(sh.run("docker network ls --filter driver=overlay --format '{{.Name}}'")).toEqual(ok('ingress\nov2\n'));
    expect(sh.run('ssh docker-host2 docker swarm leave').stderr).toBe('Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. Removing this node leaves 1 managers out of 2. Without a Raft quorum your swarm will be inaccessible. The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.\n');
    expect(sh.run('ssh docker-host2 docker swarm leave --force')).toEqual(ok('Node left the swarm.\n'));
    expect(sh.run("docker node ls --format '{{.Hostname}} {{.Status}} {{.ManagerStatus}}'")).toEqual(ok('docker-host Ready Leader\ndocker-host2 Ready Unreachable\n'));
  });
});
