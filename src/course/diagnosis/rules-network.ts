import type { ContainerNode, TopologyGraph } from '../topology/graph.js';
import { pingTarget } from './command.js';
import { type DiagnosisContext, type DiagnosisRule, output } from './diagnosis.js';

/**
 * The network mistakes of LEARNERS.md: a name pinged on the default bridge (#2), containers
 * on networks that share nothing (#19), -p written backwards (#6), a host port already taken
 * (#3). Each is confirmed against the host's picture before it is said.
 */
const NAME_FAILED = /bad address|Name or service not known|Temporary failure in name resolution|unknown host/;
const isDefaultOnly = (nets: readonly string[]) => nets.length > 0 && nets.every((n) => n === 'bridge');
const netsOf = (c: ContainerNode) => c.interfaces.map((i) => i.network);
const ipOf = (c: ContainerNode) => c.interfaces.find((i) => i.address)?.address.split('/')[0];
const list = (xs: readonly string[]) => xs.join(', ');

/** The pinging side: a running container, or the one `docker run` made (on --network, or the default bridge). */
async function source(ctx: DiagnosisContext): Promise<{ readonly name: string; readonly nets: readonly string[] } | undefined> {
  const w = ctx.command.where;
  if (w.kind === 'container') {
    const c = await ctx.container(w.name);
    return c ? { name: c.name, nets: netsOf(c) } : undefined;
  }
  // Korean texts follow the name with 컨테이너 (so the particle after it is fixed): 새 컨테이너.
  if (w.kind === 'image') return { name: ctx.command.run?.name ?? (ctx.lang === 'ko' ? '새' : 'the new container'), nets: [ctx.command.run?.network ?? 'bridge'] };
  return undefined;
}

function targetContainer(g: TopologyGraph, target: string): ContainerNode | undefined {
  return g.containers.find((c) => c.name === target) ?? g.containers.find((c) => c.interfaces.some((i) => i.address.split('/')[0] === target));
}

export const pingDefaultBridge: DiagnosisRule = {
  id: 'ping-default-bridge',
  triggered: (c, r) => pingTarget(c.program, output(r))?.byName === true && NAME_FAILED.test(output(r)),
  async diagnose(ctx) {
    const ping = pingTarget(ctx.command.program, output(ctx.result));
    const from = await source(ctx);
    if (!ping || !from || !isDefaultOnly(from.nets)) return undefined;
    const t = targetContainer(await ctx.graph(), ping.target);
    if (!t || !netsOf(t).includes('bridge')) return undefined;
    const ip = ipOf(t);
    const S = from.name;
    const T = t.name;
    const reveal = ctx.command.where.kind === 'container' ? `docker exec ${S} cat /etc/resolv.conf` : undefined;
    const text = ctx.lang === 'ko'
      ? `${S} 컨테이너는 기본 bridge 네트워크에 있고, 거기에는 컨테이너 이름을 위한 DNS가 없습니다. /etc/resolv.conf에 127.0.0.11이 아니라 호스트의 DNS 서버가 적혀 있어서 “${T}”라는 이름을 찾지 못합니다. 주소${ip ? `(${ip})` : ''}로 ping하거나, 두 컨테이너를 사용자 정의 네트워크에 두세요 (docker network create mynet, docker network connect mynet ${S}, docker network connect mynet ${T}). 그러면 이름이 풀립니다. --link ${T}는 옛 방식입니다.`
      : `${S} is on the default bridge network, where Docker runs no DNS for container names: its /etc/resolv.conf lists the host's resolvers, not 127.0.0.11, so “${T}” is not found. Ping its address${ip ? ` (${ip})` : ''}, or put both containers on a user-defined network (docker network create mynet, docker network connect mynet ${S}, docker network connect mynet ${T}), where names resolve; --link ${T} is the old way.`;
    return { rule: this.id, text, ...(reveal ? { reveal } : {}) };
  },
};

export const isolatedNetworks: DiagnosisRule = {
  id: 'isolated-networks',
  triggered: (c, r) => pingTarget(c.program, output(r)) !== undefined && (NAME_FAILED.test(output(r)) || /100% packet loss/.test(output(r)) || r.exitCode !== 0),
  async diagnose(ctx) {
    const ping = pingTarget(ctx.command.program, output(ctx.result));
    const from = await source(ctx);
    if (!ping || !from) return undefined;
    const t = targetContainer(await ctx.graph(), ping.target);
    if (!t || t.state !== 'running' || t.mode.kind !== 'bridge') return undefined;
    const theirs = netsOf(t);
    if (from.nets.some((n) => theirs.includes(n))) return undefined;
    // Both only on the default bridge would share it; a name there is the other rule's.
    if (isDefaultOnly(from.nets) && isDefaultOnly(theirs)) return undefined;
    const S = from.name;
    const T = t.name;
    const to = theirs.find((n) => n !== 'bridge') ?? theirs[0] ?? '';
    const running = ctx.command.where.kind === 'container';
    const reveal = running ? `docker inspect -f '{{.Name}}: {{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' ${S} ${T}` : undefined;
    const fix = running ? `docker network connect ${to} ${S}` : `docker run --network ${to} …`;
    const text = ctx.lang === 'ko'
      ? `${S} 컨테이너는 ${list(from.nets)} 네트워크에, ${T} 컨테이너는 ${list(theirs)} 네트워크에 있습니다. 둘이 함께 있는 네트워크가 없습니다. Docker는 네트워크끼리 떼어 놓고 (브리지 사이의 트래픽은 DOCKER-ISOLATION 규칙이 버립니다), 네트워크마다 DNS는 자기 컨테이너만 압니다. 한쪽을 다른 쪽 네트워크에 연결하세요: ${fix}`
      : `${S} is on ${list(from.nets)} and ${T} on ${list(theirs)}: they share no network. Docker keeps networks apart (the DOCKER-ISOLATION rules drop traffic between bridges), and each network's DNS knows only its own containers. Connect one to the other's network: ${fix}`;
    return { rule: this.id, text, ...(reveal ? { reveal } : {}) };
  },
};

export const portWrongSide: DiagnosisRule = {
  id: 'port-wrong-side',
  triggered: (c, r) => (c.run?.publish.some((p) => p.hostPort !== '' && p.hostPort !== p.containerPort) ?? false) || (/\b(curl|wget)\b/.test(c.line) && r.exitCode !== 0),
  async diagnose(ctx) {
    const g = await ctx.graph();
    const only = ctx.command.run?.name;
    for (const p of g.ports) {
      if (p.hostIp.includes(':') || p.hostPort === p.containerPort || (only && p.container !== only)) continue;
      const c = g.containers.find((x) => x.name === p.container);
      if (!c) continue;
      // The image's own EXPOSE (a container's ExposedPorts also lists what -p published).
      const r = await ctx.backend.check(`docker image inspect -f '{{json .Config.ExposedPorts}}' ${c.image}`);
      const exposed = r.exitCode === 0 ? Object.keys((JSON.parse(r.stdout.trim() || 'null') as Record<string, unknown> | null) ?? {}) : [];
      if (!exposed.includes(`${p.hostPort}/${p.proto}`) || exposed.includes(`${p.containerPort}/${p.proto}`)) continue;
      const [H, P, C] = [p.hostPort, p.containerPort, c.name];
      const text = ctx.lang === 'ko'
        ? `-p는 호스트:컨테이너 순서입니다. ${C} 컨테이너는 호스트 포트 ${H}번을 컨테이너 안의 ${P}번으로 보내는데, 이미지는 ${H}번에서 기다립니다 (EXPOSE ${H}/${p.proto}). ${P}번에서는 아무도 답하지 않습니다. 아마 -p ${P}:${H} 옵션을 뜻했을 겁니다: docker rm -f ${C} 후 -p ${P}:${H} 옵션으로 다시 실행하세요.`
        : `-p is HOST:CONTAINER. ${C} sends host port ${H} to port ${P} inside, but its image listens on ${H} (EXPOSE ${H}/${p.proto}) and nothing answers on ${P}. You probably meant -p ${P}:${H}: docker rm -f ${C}, then run it again with -p ${P}:${H}.`;
      return { rule: this.id, text, reveal: `docker port ${C}` };
    }
    return undefined;
  },
};

export const portAllocated: DiagnosisRule = {
  id: 'port-allocated',
  triggered: (_c, r) => /port is already allocated|bind: address already in use/.test(r.stderr),
  async diagnose(ctx) {
    const err = ctx.result.stderr;
    const bind = /Bind for (\S+):(\d+) failed: port is already allocated/.exec(err);
    const name = ctx.command.run?.name;
    const g = await ctx.graph();
    if (bind) {
      const port = Number(bind[2]);
      const holder = g.ports.find((p) => p.hostPort === port && p.container !== name)?.container;
      const by = holder ? (ctx.lang === 'ko' ? `${holder} 컨테이너` : holder) : ctx.lang === 'ko' ? '다른 컨테이너' : 'another container';
      const rm = name ? (ctx.lang === 'ko' ? ` 새 컨테이너(${name})는 만들어졌지만 시작되지 않았습니다. 같은 이름으로 다시 실행하기 전에 지우세요: docker rm ${name}` : ` The new container ${name} was created but not started: docker rm ${name} before you run it again with that name.`) : '';
      const text = ctx.lang === 'ko'
        ? `호스트 포트 ${port}번은 이미 ${by}가 게시하고 있습니다. 호스트 포트 하나에는 컨테이너 하나입니다. 다른 호스트 포트를 쓰거나 (-p ${port + 1}:…) ${by}를 먼저 지우세요.${rm}`
        : `Host port ${port} is already published by ${by}: one host port, one container. Publish another host port (-p ${port + 1}:…) or remove ${by} first.${rm}`;
      return { rule: this.id, text, reveal: `docker ps --filter publish=${port}` };
    }
    const listen = /listen (?:tcp|udp)\d? ([^\s:]+|\[[^\]]+\]):(\d+): bind: address already in use/.exec(err);
    if (!listen) return undefined;
    const port = listen[2] as string;
    const hostMode = g.containers.filter((c) => c.state === 'running' && c.mode.kind === 'host').map((c) => c.name);
    const why = hostMode.length === 0 ? '' : ctx.lang === 'ko' ? ` --network host로 실행 중인 ${list(hostMode)}의 서버는 호스트의 포트에서 그대로 기다립니다.` : ` ${list(hostMode)} runs with --network host: its server listens on the host's own ports.`;
    const text = ctx.lang === 'ko'
      ? `컨테이너가 아니라 호스트의 프로그램이 이미 포트 ${port}번에서 기다리고 있어서 docker-proxy가 그 포트를 열지 못했습니다.${why} ss로 누구인지 보고, 다른 호스트 포트를 쓰세요.`
      : `A program on the host, not a container, already listens on port ${port}, so docker-proxy could not bind it.${why} See who with ss, and publish another host port.`;
    return { rule: this.id, text, reveal: `ss -ltnp 'sport = :${port}'` };
  },
};
