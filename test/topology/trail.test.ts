import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.js';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import { parseDockerEvents, reconstructEvents } from '../../src/course/trail/reconstruct.js';
import { Trail, trailLines } from '../../src/course/trail/trail.js';
import { describeEvent } from '../../src/course/trail/words.js';

/**
 * The trail: what each engine operation that changes the network did, in words, from the
 * simulated daemon's events. The hosts boot from the same seed, so names, indexes and PIDs
 * are fixed; the order is the daemon's (libnetwork's: namespace, address, veth, DNS, ports,
 * files, then the process).
 */
async function traced(setup: readonly string[], line: string, lang = 'en'): Promise<string[]> {
  const b = createSimulatedBackend({ kind: 'simulator', user: 'root' });
  for (const s of setup) expect((await b.run(s)).exitCode, s).toBe(0);
  const trail = new Trail(b);
  await trail.begin(line);
  expect((await b.run(line)).exitCode, line).toBe(0);
  const entry = await trail.end();
  expect(entry.source).toBe('engine');
  expect(trail.last()).toBe(entry);
  // PIDs move with the process model; that they are the real ones is tested below.
  return trailLines(entry, lang).map((l) => l.replace(/PID \d+/g, 'PID N'));
}

describe('the trail on the simulator: every operation that changes the network', () => {
  it("network create: the network and its Linux bridge", async () => {
    expect(await traced([], "docker network create mynet")).toEqual([
      "created network mynet (driver bridge, subnet 172.18.0.0/16)",
      "created Linux bridge br-b351582077cd with address 172.18.0.1/16, and its iptables rules",
    ]);
  });

  it("network rm: the bridge and its rules go", async () => {
    expect(await traced(["docker network create mynet"], "docker network rm mynet")).toEqual([
      "removed Linux bridge br-b351582077cd and its iptables rules",
      "removed network mynet",
    ]);
  });

  it("network prune: each unused network goes", async () => {
    expect(await traced(["docker network create spare"], "docker network prune -f")).toEqual([
      "removed Linux bridge br-b351582077cd and its iptables rules",
      "removed network spare",
    ]);
  });

  it("run -p on the default bridge: namespace, address, veth pair, DNAT, docker-proxy per family, files, the process", async () => {
    expect(await traced([], "docker run -d --name web -p 8080:80 nginx")).toEqual([
      "created network namespace /var/run/docker/netns/97b30091715e for web",
      "allocated 172.17.0.2 from bridge's pool 172.17.0.0/16 for web",
      "created veth pair veth719d35d ↔ eth0 (if 5 ↔ if 4), eth0 inside web",
      "attached veth719d35d to docker0",
      "added DNAT tcp dpt:8080 → 172.17.0.2:80",
      "started docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80 (PID N)",
      "started docker-proxy -proto tcp -host-ip :: -host-port 8080 -container-ip 172.17.0.2 -container-port 80 (PID N)",
      "wrote /etc/hosts of web",
      "wrote /etc/resolv.conf of web: the host's resolvers (10.0.2.3), no embedded DNS",
      "started web: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("run -p 127.0.0.1:…: the DNAT rule and the proxy are for that address only", async () => {
    expect(await traced([], "docker run -d --name lo1 -p 127.0.0.1:8088:80 nginx")).toEqual([
      "created network namespace /var/run/docker/netns/97b30091715e for lo1",
      "allocated 172.17.0.2 from bridge's pool 172.17.0.0/16 for lo1",
      "created veth pair veth719d35d ↔ eth0 (if 5 ↔ if 4), eth0 inside lo1",
      "attached veth719d35d to docker0",
      "added DNAT tcp to 127.0.0.1 dpt:8088 → 172.17.0.2:80",
      "started docker-proxy -proto tcp -host-ip 127.0.0.1 -host-port 8088 -container-ip 172.17.0.2 -container-port 80 (PID N)",
      "wrote /etc/hosts of lo1",
      "wrote /etc/resolv.conf of lo1: the host's resolvers (10.0.2.3), no embedded DNS",
      "started lo1: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("run on a user-defined network: the embedded DNS registers it and becomes its nameserver", async () => {
    expect(await traced(["docker network create mynet"], "docker run -d --name app --network mynet busybox sleep 1000")).toEqual([
      "created network namespace /var/run/docker/netns/fb752b607c5c for app",
      "allocated 172.18.0.2 from mynet's pool 172.18.0.0/16 for app",
      "created veth pair veth331590b ↔ eth0 (if 6 ↔ if 5), eth0 inside app",
      "attached veth331590b to br-b351582077cd",
      "registered app, 715e65c63879 → 172.18.0.2 in the embedded DNS of mynet",
      "wrote /etc/hosts of app",
      "wrote /etc/resolv.conf of app: nameserver 127.0.0.11, the embedded DNS",
      "started app: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("run --link: /etc/hosts names the linked container", async () => {
    expect(await traced(["docker run -d --name pc1 busybox sleep 1000"], "docker run -d --name pc2 --link pc1 busybox sleep 1000")).toEqual([
      "created network namespace /var/run/docker/netns/abf1851674ff for pc2",
      "allocated 172.17.0.3 from bridge's pool 172.17.0.0/16 for pc2",
      "created veth pair vethb4eb8e2 ↔ eth0 (if 7 ↔ if 6), eth0 inside pc2",
      "attached vethb4eb8e2 to docker0",
      "wrote /etc/hosts of pc2 with pc1 (172.17.0.2)",
      "wrote /etc/resolv.conf of pc2: the host's resolvers (10.0.2.3), no embedded DNS",
      "started pc2: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("network connect: a second veth pair, eth1", async () => {
    expect(await traced(["docker network create mynet","docker run -d --name web busybox sleep 1000"], "docker network connect mynet web")).toEqual([
      "allocated 172.18.0.2 from mynet's pool 172.18.0.0/16 for web",
      "created veth pair veth3a8df08 ↔ eth1 (if 8 ↔ if 7), eth1 inside web",
      "attached veth3a8df08 to br-b351582077cd",
      "registered web, 715e65c63879 → 172.18.0.2 in the embedded DNS of mynet",
      "wrote /etc/hosts of web",
      "wrote /etc/resolv.conf of web: nameserver 127.0.0.11, the embedded DNS",
    ]);
  });

  it("network disconnect: the pair goes, the name leaves the DNS, the address goes back", async () => {
    expect(await traced(["docker network create mynet","docker run -d --name web busybox sleep 1000","docker network connect mynet web"], "docker network disconnect mynet web")).toEqual([
      "removed veth pair veth3a8df08 (its other end went with it)",
      "removed web (172.18.0.2) from the embedded DNS of mynet",
      "gave 172.18.0.2 back to mynet's pool",
    ]);
  });

  it("stop: everything the start made goes", async () => {
    expect(await traced(["docker network create mynet","docker run -d --name app --network mynet busybox sleep 1000"], "docker stop app")).toEqual([
      "removed veth pair veth331590b (its other end went with it)",
      "removed app (172.18.0.2) from the embedded DNS of mynet",
      "gave 172.18.0.2 back to mynet's pool",
      "removed app's network namespace /var/run/docker/netns/fb752b607c5c",
      "app stopped (exit code 137)",
    ]);
  });

  it("start again: a new namespace and a new veth pair", async () => {
    expect(await traced(["docker run -d --name app busybox sleep 1000","docker stop app"], "docker start app")).toEqual([
      "created network namespace /var/run/docker/netns/3bc9e85a3315 for app",
      "allocated 172.17.0.2 from bridge's pool 172.17.0.0/16 for app",
      "created veth pair veth8a8f47b ↔ eth0 (if 7 ↔ if 6), eth0 inside app",
      "attached veth8a8f47b to docker0",
      "wrote /etc/hosts of app",
      "wrote /etc/resolv.conf of app: the host's resolvers (10.0.2.3), no embedded DNS",
      "started app: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("rm -f with a published port: the rules and proxies go first", async () => {
    expect(await traced(["docker run -d --name web -p 8080:80 nginx"], "docker rm -f web")).toEqual([
      "removed DNAT tcp dpt:8080 → 172.17.0.2:80",
      "stopped docker-proxy PID N",
      "stopped docker-proxy PID N",
      "removed veth pair veth719d35d (its other end went with it)",
      "gave 172.17.0.2 back to bridge's pool",
      "removed web's network namespace /var/run/docker/netns/97b30091715e",
      "web stopped (exit code 137)",
      "removed container web",
    ]);
  });

  it("run --rm of a command that ends: made, started, ended and removed in one line", async () => {
    expect(await traced([], "docker run --rm --name once busybox true")).toEqual([
      "created network namespace /var/run/docker/netns/97b30091715e for once",
      "allocated 172.17.0.2 from bridge's pool 172.17.0.0/16 for once",
      "created veth pair veth719d35d ↔ eth0 (if 5 ↔ if 4), eth0 inside once",
      "attached veth719d35d to docker0",
      "wrote /etc/hosts of once",
      "wrote /etc/resolv.conf of once: the host's resolvers (10.0.2.3), no embedded DNS",
      "started once: its first process is PID N, under containerd-shim PID N",
      "removed veth pair veth719d35d (its other end went with it)",
      "gave 172.17.0.2 back to bridge's pool",
      "removed once's network namespace /var/run/docker/netns/97b30091715e",
      "once stopped (exit code 0)",
      "removed container once",
    ]);
  });

  it("--network host: no namespace, no veth: only the process", async () => {
    expect(await traced([], "docker run -d --name h1 --network host busybox sleep 1000")).toEqual([
      "started h1: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("--network none: a namespace with lo only", async () => {
    expect(await traced([], "docker run -d --name n1 --network none busybox sleep 1000")).toEqual([
      "created network namespace /var/run/docker/netns/97b30091715e for n1",
      "wrote /etc/hosts of n1",
      "wrote /etc/resolv.conf of n1: the host's resolvers (10.0.2.3), no embedded DNS",
      "started n1: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("--network container:: another container's namespace, nothing new", async () => {
    expect(await traced(["docker run -d --name pc1 busybox sleep 1000"], "docker run -d --name s1 --network container:pc1 busybox sleep 1000")).toEqual([
      "started s1: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("macvlan network without -o parent: dockerd makes a dummy parent", async () => {
    expect(await traced([], "docker network create -d macvlan --subnet 10.9.0.0/24 mv")).toEqual([
      "created dummy link dm-b351582077cd as the macvlan parent (no -o parent given)",
      "created network mv (driver macvlan, subnet 10.9.0.0/24)",
    ]);
  });

  it("run on macvlan: a macvlan device on the parent, no veth, no bridge", async () => {
    expect(await traced(["docker network create -d macvlan --subnet 10.9.0.0/24 mv"], "docker run -d --name mac1 --network mv busybox sleep 1000")).toEqual([
      "created network namespace /var/run/docker/netns/d14aa95e5032 for mac1",
      "allocated 10.9.0.2 from mv's pool 10.9.0.0/24 for mac1",
      "created macvlan eth0 (if 5) on dm-b351582077cd inside mac1",
      "registered mac1, fed92052922f → 10.9.0.2 in the embedded DNS of mv",
      "wrote /etc/hosts of mac1",
      "wrote /etc/resolv.conf of mac1: nameserver 127.0.0.11, the embedded DNS",
      "started mac1: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it("macvlan network rm: the dummy parent goes too", async () => {
    expect(await traced(["docker network create -d macvlan --subnet 10.9.0.0/24 mv"], "docker network rm mv")).toEqual([
      "removed dummy link dm-b351582077cd",
      "removed network mv",
    ]);
  });

  it("a command run on the lab's other machine: its daemon's doing is in the trail too", async () => {
    const lines = await traced(["ssh docker-host2 true"], "ssh docker-host2 docker network create far");
    expect(lines[0]).toMatch(/^created network far \(driver bridge, subnet 172\.18\.0\.0\/16\)$/);
    // Booting the machine is nobody's doing: the first ssh shows nothing of it.
    expect(await traced([], "ssh docker-host2 true")).toEqual([]);
  });

  it("swarm init: the ingress overlay and docker_gwbridge with the ingress sandbox’s leg", async () => {
    expect(await traced([], "docker swarm init --advertise-addr 127.0.0.1")).toEqual([
      "created network ingress (driver overlay, subnet 10.0.0.0/24)",
      "created network docker_gwbridge (driver bridge, subnet 172.18.0.0/16)",
      "created Linux bridge docker_gwbridge with address 172.18.0.1/16, and its iptables rules",
      // The ingress sandbox's leg on the ingress overlay's br0, then its leg on docker_gwbridge
      // (indexes as Engine 20.10 leaves them: the gateway leg is 10 and 11).
      "created veth pair veth0 ↔ eth0 (if 7 ↔ if 6)",
      "attached veth0 to br0 (in the overlay's namespace 1-dojh9j02ik)",
      "allocated 172.18.0.2 from docker_gwbridge's pool 172.18.0.0/16",
      "created veth pair veth345700e ↔ eth1 (if 11 ↔ if 10)",
      "attached veth345700e to docker_gwbridge",
    ]);
  });

  it("run on an attachable overlay: a veth into br0 in the overlay namespace, and a leg on docker_gwbridge", async () => {
    expect(await traced(["docker swarm init --advertise-addr 127.0.0.1","docker network create -d overlay --attachable ov"], "docker run -d --name ovc --network ov busybox sleep 1000")).toEqual([
      "created network namespace /var/run/docker/netns/9a2d4b13e94e for ovc",
      "allocated 10.0.1.2 from ov's pool 10.0.1.0/24 for ovc",
      // The network's load balancer first, in its own sandbox lb_…, on br0 too; then the container.
      "created veth pair veth0 ↔ eth0 (if 14 ↔ if 13)",
      "attached veth0 to br0 (in the overlay's namespace 1-z8sf854wmb)",
      "created veth pair veth1 ↔ eth0 (if 16 ↔ if 15), eth0 inside ovc",
      "attached veth1 to br0 (in the overlay's namespace 1-z8sf854wmb)",
      "registered ovc, 0d92ebb7e32d → 10.0.1.2 in the embedded DNS of ov",
      "allocated 172.18.0.3 from docker_gwbridge's pool 172.18.0.0/16 for ovc",
      "created veth pair vetheabc89b ↔ eth1 (if 18 ↔ if 17), eth1 inside ovc",
      "attached vetheabc89b to docker_gwbridge",
      "wrote /etc/hosts of ovc",
      "wrote /etc/resolv.conf of ovc: nameserver 127.0.0.11, the embedded DNS",
      "started ovc: its first process is PID N, under containerd-shim PID N",
    ]);
  });

  it('is told in Korean too', async () => {
    expect(await traced(['docker network create mynet'], 'docker run -d --name app --network mynet busybox sleep 1000', 'ko')).toEqual([
      'app의 네트워크 네임스페이스 /var/run/docker/netns/fb752b607c5c 생성',
      'mynet의 주소 풀 172.18.0.0/16에서 172.18.0.2 할당 (app 컨테이너용)',
      'veth 쌍 veth331590b ↔ eth0 생성 (if 6 ↔ if 5), eth0 쪽은 app 안으로',
      'br-b351582077cd에 veth331590b 연결',
      'mynet의 내장 DNS에 app, 715e65c63879 → 172.18.0.2 등록',
      'app의 /etc/hosts 작성',
      'app의 /etc/resolv.conf 작성: nameserver 127.0.0.11 (내장 DNS)',
      'app 시작: 첫 프로세스는 PID N, 부모는 containerd-shim PID N',
    ]);
  });

  it('tells the real PIDs: the container\'s first process and each docker-proxy', async () => {
    const b = createSimulatedBackend({ kind: 'simulator', user: 'root' });
    const trail = new Trail(b);
    await trail.begin('docker run -d --name web -p 8080:80 nginx');
    await b.run('docker run -d --name web -p 8080:80 nginx');
    const events = (await trail.end()).events;
    const started = events.find((e) => e.kind === 'container-started');
    expect(started?.kind === 'container-started' && String(started.pid)).toBe((await b.check("docker inspect -f '{{.State.Pid}}' web")).stdout.trim());
    const proxies = events.flatMap((e) => (e.kind === 'proxy-started' ? [e.pid] : []));
    expect(proxies).toEqual((await b.check('pgrep -f docker-proxy')).stdout.trim().split('\n').map(Number));
  });

  it('says nothing for a command that changes no network', async () => {
    expect(await traced(['docker run -d --name web busybox sleep 1000'], 'docker ps')).toEqual([]);
  });

  it('after a reset, tells only what the new host did', async () => {
    const b = createSimulatedBackend({ kind: 'simulator', user: 'root' });
    await b.run('docker network create mynet');
    const trail = new Trail(b);
    await trail.begin('docker network create other');
    await b.reset();
    await b.run('docker network create other');
    expect(trailLines(await trail.end(), 'en').filter((l) => l.includes('other'))).toEqual(['created network other (driver bridge, subnet 172.18.0.0/16)']);
  });
});

/** The simulator seen as a real engine would be: no event log, so the trail compares pictures. */
const withoutEvents = (b: Backend): Backend => ({ kind: 'docker', run: (l) => b.run(l), check: (l) => b.check(l), prompt: () => b.prompt(), reset: () => b.reset(), dispose: () => b.dispose() });

describe('the trail on a real engine: reconstructed from pictures before and after', () => {
  it('tells a run -p from the new address, veth pair, DNAT rule and proxies', async () => {
    const b = withoutEvents(createSimulatedBackend({ kind: 'simulator', user: 'root' }));
    const trail = new Trail(b);
    await trail.begin('docker run -d --name web -p 8080:80 nginx');
    await b.run('docker run -d --name web -p 8080:80 nginx');
    const entry = await trail.end();
    expect(entry.source).toBe('reconstructed');
    expect(trailLines(entry, 'en').map((l) => l.replace(/PID \d+/g, 'PID N'))).toEqual([
      'allocated 172.17.0.2 from bridge\'s pool 172.17.0.0/16 for web',
      'created veth pair veth719d35d ↔ eth0 (if 5 ↔ if 4), eth0 inside web',
      'attached veth719d35d to docker0',
      'added DNAT tcp dpt:8080 → 172.17.0.2:80',
      'started docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80 (PID N)',
      'started docker-proxy -proto tcp -host-ip :: -host-port 8080 -container-ip 172.17.0.2 -container-port 80 (PID N)',
      'started web',
    ]);
  });

  it('tells a network connect on a user-defined network, and its disconnect', async () => {
    const b = withoutEvents(createSimulatedBackend({ kind: 'simulator', user: 'root' }));
    await b.run('docker network create mynet');
    await b.run('docker run -d --name web busybox sleep 1000');
    const trail = new Trail(b);
    await trail.begin('docker network connect mynet web');
    await b.run('docker network connect mynet web');
    expect(trailLines(await trail.end(), 'en')).toEqual([
      'allocated 172.18.0.2 from mynet\'s pool 172.18.0.0/16 for web',
      'created veth pair veth3a8df08 ↔ eth1 (if 8 ↔ if 7), eth1 inside web',
      'attached veth3a8df08 to br-b351582077cd',
      'registered web → 172.18.0.2 in the embedded DNS of mynet',
    ]);
    await trail.begin('docker network disconnect mynet web');
    await b.run('docker network disconnect mynet web');
    expect(trailLines(await trail.end(), 'en')).toEqual(['removed veth pair veth3a8df08 (its other end went with it)', 'gave 172.18.0.2 back to mynet\'s pool']);
  });

  it('tells network create and rm, container stop and removal', async () => {
    const sim = createSimulatedBackend({ kind: 'simulator', user: 'root' });
    const b = withoutEvents(sim);
    await b.run('docker run -d --name app busybox sleep 1000');
    const before = await collectTopology(b);
    await b.run('docker network create mynet');
    await b.run('docker rm -f app');
    const after = await collectTopology(b);
    expect(reconstructEvents(before, after).map((e) => describeEvent(e, 'en'))).toEqual([
      'created network mynet (driver bridge, subnet 172.18.0.0/16)',
      'created Linux bridge br-3bc9e85a3315 with address 172.18.0.1/16',
      'removed veth pair veth719d35d (its other end went with it)',
      'gave 172.17.0.2 back to bridge\'s pool',
      'app stopped',
      'removed container app',
    ].map((l) => (l.startsWith('created Linux bridge') ? `${l}, and its iptables rules` : l)));
  });

  it('adds what docker events saw and the pictures could not: a container that came and went', () => {
    // Recorded on Engine 20.10: docker events --since … --until … --format '{{json .}}' around `docker run --rm --name topo-ev busybox true` (cut).
    const events = parseDockerEvents([
      '{"status":"create","id":"3cf5103389b8","from":"busybox","Type":"container","Action":"create","Actor":{"ID":"3cf5103389b8","Attributes":{"image":"busybox","name":"topo-ev"}},"scope":"local","time":1795350640,"timeNano":1795350640936398404}',
      '{"Type":"network","Action":"connect","Actor":{"ID":"0002bfc7fb4b","Attributes":{"container":"3cf5103389b8","name":"bridge","type":"bridge"}},"scope":"local","time":1795350640,"timeNano":1795350640964216665}',
      '{"status":"start","id":"3cf5103389b8","from":"busybox","Type":"container","Action":"start","Actor":{"ID":"3cf5103389b8","Attributes":{"image":"busybox","name":"topo-ev"}},"scope":"local","time":1795350641,"timeNano":1795350641299568283}',
      '{"status":"die","id":"3cf5103389b8","from":"busybox","Type":"container","Action":"die","Actor":{"ID":"3cf5103389b8","Attributes":{"exitCode":"0","image":"busybox","name":"topo-ev"}},"scope":"local","time":1795350641,"timeNano":1795350641328431782}',
      '{"status":"destroy","id":"3cf5103389b8","from":"busybox","Type":"container","Action":"destroy","Actor":{"ID":"3cf5103389b8","Attributes":{"image":"busybox","name":"topo-ev"}},"scope":"local","time":1795350641,"timeNano":1795350641471330624}',
    ].join('\n'));
    const empty = { backend: 'docker' as const, host: { interfaces: [] }, networks: [], containers: [], vethPairs: [], ports: [], notes: [] };
    expect(reconstructEvents(empty, empty, events).map((e) => describeEvent(e, 'en'))).toEqual(['started topo-ev', 'topo-ev stopped (exit code 0)', 'removed container topo-ev']);
  });
});
