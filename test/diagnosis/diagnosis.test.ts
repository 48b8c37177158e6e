import { describe, expect, it } from 'vitest';
import { createSimulatedBackend, type SimulatedBackendOptions } from '../../src/backend/simulated.js';
import { diagnose, type Diagnosis } from '../../src/course/diagnosis/index.js';
import type { StepSpec } from '../../src/course/schema.js';

/**
 * Each rule with a state that triggers it and one that must not (LEARNERS.md's mistakes).
 * The learner's command runs on a simulated host; the rules read the host only through
 * backend.check, as they do on a real engine.
 */
const STEP = { id: 'x', solution: 'true' } as StepSpec;

async function after(setup: readonly string[], line: string, lang = 'en', o: Partial<SimulatedBackendOptions> = {}): Promise<Diagnosis[]> {
  const b = createSimulatedBackend({ kind: 'simulator', user: 'root', ...o });
  for (const s of setup) await b.run(s);
  const result = await b.run(line);
  return diagnose(STEP, { line, result }, b, lang);
}

const rules = (ds: readonly Diagnosis[]) => ds.map((d) => d.rule);
const TWO_ON_DEFAULT = ['docker run -d --name web1 busybox sleep 3600', 'docker run -d --name web2 busybox sleep 3600'];
const TWO_NETWORKS = ['docker network create mynet', 'docker network create othernet', 'docker run -d --name app1 --network mynet busybox sleep 3600', 'docker run -d --name app3 --network othernet busybox sleep 3600'];
const UNGROUPED = { user: 'learner', simulatedHost: { learnerInDockerGroup: false } };

describe('ping by name on the default bridge (LEARNERS #2)', () => {
  it('names the missing DNS and the ways out', async () => {
    expect(await after(TWO_ON_DEFAULT, 'docker exec web1 ping -c 1 web2')).toEqual([{
      rule: 'ping-default-bridge',
      text: 'web1 is on the default bridge network, where Docker runs no DNS for container names: its /etc/resolv.conf lists the host\'s resolvers, not 127.0.0.11, so “web2” is not found. Ping its address (172.17.0.3), or put both containers on a user-defined network (docker network create mynet, docker network connect mynet web1, docker network connect mynet web2), where names resolve; --link web2 is the old way.',
      reveal: 'docker exec web1 cat /etc/resolv.conf',
    }]);
    expect((await after(TWO_ON_DEFAULT, 'docker exec web1 ping -c 1 web2', 'ko'))[0]?.text).toBe('web1 컨테이너는 기본 bridge 네트워크에 있고, 거기에는 컨테이너 이름을 위한 DNS가 없습니다. /etc/resolv.conf에 127.0.0.11이 아니라 호스트의 DNS 서버가 적혀 있어서 “web2”라는 이름을 찾지 못합니다. 주소(172.17.0.3)로 ping하거나, 두 컨테이너를 사용자 정의 네트워크에 두세요 (docker network create mynet, docker network connect mynet web1, docker network connect mynet web2). 그러면 이름이 풀립니다. --link web2는 옛 방식입니다.');
  });

  it('stays quiet when the name works (a user-defined network) or is no container at all', async () => {
    expect(await after(['docker network create mynet', 'docker run -d --name a1 --network mynet busybox sleep 3600', 'docker run -d --name a2 --network mynet busybox sleep 3600'], 'docker exec a1 ping -c 1 a2')).toEqual([]);
    expect(await after(TWO_ON_DEFAULT, 'docker exec web1 ping -c 1 nosuch')).toEqual([]);
  });
});

describe('two user-defined networks (LEARNERS #19)', () => {
  it('names both networks and the connect that joins them, by address (100% loss) and by name', async () => {
    const want = [{
      rule: 'isolated-networks',
      text: 'app1 is on mynet and app3 on othernet: they share no network. Docker keeps networks apart (the DOCKER-ISOLATION rules drop traffic between bridges), and each network\'s DNS knows only its own containers. Connect one to the other\'s network: docker network connect othernet app1',
      reveal: 'docker inspect -f \'{{.Name}}: {{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}\' app1 app3',
    }];
    expect(await after(TWO_NETWORKS, 'docker exec app1 ping -c 1 -W 1 172.19.0.2')).toEqual(want);
    expect(await after(TWO_NETWORKS, 'docker exec app1 ping -c 1 app3')).toEqual(want);
  });

  it('stays quiet once they share a network', async () => {
    expect(await after([...TWO_NETWORKS, 'docker network connect othernet app1'], 'docker exec app1 ping -c 1 app3')).toEqual([]);
  });
});

describe('-p on the wrong side (LEARNERS #6)', () => {
  it('sees host port = the image\'s EXPOSE, container port = nothing', async () => {
    expect(await after([], 'docker run -d --name web -p 80:8080 nginx')).toEqual([{
      rule: 'port-wrong-side',
      text: '-p is HOST:CONTAINER. web sends host port 80 to port 8080 inside, but its image listens on 80 (EXPOSE 80/tcp) and nothing answers on 8080. You probably meant -p 8080:80: docker rm -f web, then run it again with -p 8080:80.',
      reveal: 'docker port web',
    }]);
  });

  it('stays quiet for -p 8080:80', async () => {
    expect(await after([], 'docker run -d --name web -p 8080:80 nginx')).toEqual([]);
  });
});

describe('a port already taken (LEARNERS #3): two errors, two causes', () => {
  it('port is already allocated: names the container that holds it', async () => {
    expect(await after(['docker run -d --name web1 -p 8080:80 httpd'], 'docker run -d --name web2 -p 8080:80 httpd')).toEqual([{
      rule: 'port-allocated',
      text: 'Host port 8080 is already published by web1: one host port, one container. Publish another host port (-p 8081:…) or remove web1 first. The new container web2 was created but not started: docker rm web2 before you run it again with that name.',
      reveal: 'docker ps --filter publish=8080',
    }]);
  });

  it('address already in use: a host program, here a --network host container\'s server', async () => {
    expect(await after(['docker run -d --network host --name hostsrv httpd'], 'docker run -d -p 80:80 --name web3 httpd', 'ko')).toEqual([{
      rule: 'port-allocated',
      text: '컨테이너가 아니라 호스트의 프로그램이 이미 포트 80번에서 기다리고 있어서 docker-proxy가 그 포트를 열지 못했습니다. --network host로 실행 중인 hostsrv의 서버는 호스트의 포트에서 그대로 기다립니다. ss로 누구인지 보고, 다른 호스트 포트를 쓰세요.',
      reveal: 'ss -ltnp \'sport = :80\'',
    }]);
  });

  it('stays quiet when another host port is chosen', async () => {
    expect(await after(['docker run -d --name web1 -p 8080:80 httpd'], 'docker run -d --name web2 -p 8081:80 httpd')).toEqual([]);
  });
});

describe('a container that exited at once (LEARNERS #9)', () => {
  it('after docker run -d ubuntu: its shell ended without a terminal', async () => {
    expect(await after([], 'docker run -d --name quick ubuntu:16.04')).toEqual([{
      rule: 'exited-at-once',
      text: 'quick exited as soon as it started (exit code 0): a container lives only as long as its first process, and that process ended. With no command it ran the image\'s default (bash, for ubuntu), and a shell without a terminal (-it) ends at once. See what it printed with docker logs quick; give it a command that keeps running (sleep 3600, say) or run it with -it.',
      reveal: 'docker logs quick',
    }]);
  });

  it('after “is not running”, found by the ID in the error', async () => {
    expect(rules(await after(['docker run -d --name quick ubuntu:16.04'], 'docker exec quick ls'))).toEqual(['exited-at-once']);
  });

  it('stays quiet for a container that keeps running', async () => {
    expect(await after([], 'docker run -d --name sleepy busybox sleep 3600')).toEqual([]);
  });
});

describe('the docker group (LEARNERS #1) and the daemon down (LEARNERS #8)', () => {
  it('in the group but not in this shell: a new login, not chmod', async () => {
    expect(await after(['sudo usermod -aG docker learner'], 'docker ps', 'en', UNGROUPED)).toEqual([{
      rule: 'docker-group-inactive',
      text: 'learner is in the docker group (/etc/group says so: id learner), but this shell is not: a process\'s groups are fixed when it starts, and this login began before usermod. Start a new login (log out and back in), or run newgrp docker for a shell that has the group. Don\'t chmod 666 the socket: that opens root to every user.',
      reveal: 'id; id learner',
    }]);
  });

  it('not in the group at all', async () => {
    expect((await after([], 'docker ps', 'en', UNGROUPED))[0]?.text).toBe('learner is not in the docker group, and the socket /var/run/docker.sock is root:docker with mode 660: only root and that group may use it. sudo usermod -aG docker learner, then log in again.');
  });

  it('stays quiet once a new shell has the group', async () => {
    expect(await after(['sudo usermod -aG docker learner', 'newgrp docker'], 'docker ps', 'en', UNGROUPED)).toEqual([]);
  });

  it('a stopped daemon is another message and another rule', async () => {
    expect(rules(await after(['sudo systemctl stop docker.socket docker'], 'docker ps', 'en', { user: 'learner' }))).toEqual(['daemon-down']);
  });
});

describe('an image without the tool (LEARNERS #10)', () => {
  const UBU = ['docker run -d --name ubu ubuntu:16.04 sleep 3600'];
  it('docker exec: look from the host with nsenter', async () => {
    expect(await after(UBU, 'docker exec ubu ip addr')).toEqual([{
      rule: 'missing-tool',
      text: 'The image ubuntu:16.04 has no ip: an image carries only what its program needs (ubuntu has neither ip nor ping). Look from the host, inside ubu\'s namespace: sudo nsenter -t $(docker inspect -f \'{{.State.Pid}}\' ubu) -n ip …',
      reveal: 'docker inspect -f \'{{.State.Pid}}\' ubu',
    }]);
  });

  it('inside the container\'s shell (bash: ip: command not found), found by the prompt', async () => {
    expect(rules(await after([...UBU, 'docker exec -it ubu bash'], 'ip addr'))).toEqual(['missing-tool']);
  });

  it('docker run IMAGE TOOL: use an image that has it', async () => {
    expect((await after([], 'docker run --rm ubuntu:16.04 ip addr'))[0]?.text).toBe('The image ubuntu:16.04 has no ip: an image carries only what its program needs (ubuntu has neither ip nor ping). Use an image that has it (busybox has ip and ping): docker run --rm busybox ip …');
  });

  it('stays quiet for a typo on the host and for a tool the image has', async () => {
    expect(await after([], 'ipp addr')).toEqual([]);
    expect(await after(UBU, 'docker exec ubu ls')).toEqual([]);
  });
});
