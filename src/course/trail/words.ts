import type { EngineEvent } from '../../backend/backend.js';

/**
 * The engine's events in words, in the learner's language: what `:explain` and the trail
 * under a command say. Docker's and Linux's names stay as they are (veth, DNAT, docker-proxy,
 * /etc/hosts): they are what the learner will meet in the commands' output.
 * The Korean avoids particles right after a name or an address (을/를, 은/는 depend on how it
 * is read aloud), using invariant ones (의, 에, 에서) or none.
 */
const proxyArgs = (args: string): string => args.replace(/^\S*\//, '');

/** `172.17.0.2\tpc1 58791bd79ff7` (a --link entry: address, alias, hostname, name) → `pc1 (172.17.0.2)`. */
const entriesNames = (entries: readonly string[]): string[] =>
  entries.map((e) => e.split(/\s+/)).filter((p) => p.length > 1).map(([ip, name]) => `${name} (${ip})`);

const dnatSpec = (hostPort: string, proto: string): string => {
  const i = hostPort.lastIndexOf(':');
  const ip = hostPort.slice(0, i);
  const port = hostPort.slice(i + 1);
  return `${proto} ${ip && ip !== '0.0.0.0' ? `to ${ip} ` : ''}dpt:${port}`;
};

const isEmbedded = (ns: readonly string[]) => ns.includes('127.0.0.11');

function english(e: EngineEvent): string {
  switch (e.kind) {
    case 'network-created': return `created network ${e.network} (driver ${e.driver}${e.subnet ? `, subnet ${e.subnet}` : ''})`;
    case 'network-removed': return `removed network ${e.network}`;
    case 'bridge-created': return `created Linux bridge ${e.bridge} with address ${e.gateway}, and its iptables rules`;
    case 'bridge-removed': return `removed Linux bridge ${e.bridge} and its iptables rules`;
    case 'netns-created': return `created network namespace ${e.path} for ${e.container}`;
    case 'netns-removed': return `removed ${e.container}'s network namespace ${e.path}`;
    case 'ip-allocated': return `allocated ${e.ip} from ${e.network}'s pool ${e.subnet}${e.container ? ` for ${e.container}` : ''}`;
    case 'ip-released': return `gave ${e.ip} back to ${e.network}'s pool`;
    case 'veth-created': return `created veth pair ${e.host} ↔ ${e.inner} (if ${e.hostIndex} ↔ if ${e.innerIndex})${e.container ? `, ${e.inner} inside ${e.container}` : ''}`;
    case 'veth-attached': return `attached ${e.veth} to ${e.bridge}${e.netns ? ` (in the overlay's namespace ${e.netns})` : ''}`;
    case 'veth-removed': return `removed veth pair ${e.host} (its other end went with it)`;
    case 'dummy-created': return `created dummy link ${e.link} as the macvlan parent (no -o parent given)`;
    case 'dummy-removed': return `removed dummy link ${e.link}`;
    case 'macvlan-created': return `created macvlan ${e.ifname} (if ${e.index}) on ${e.parent} inside ${e.container}`;
    case 'hosts-written': {
      const names = entriesNames(e.entries);
      return `wrote /etc/hosts of ${e.container}${names.length ? ` with ${names.join(', ')}` : ''}`;
    }
    case 'resolv-written':
      return isEmbedded(e.nameservers)
        ? `wrote /etc/resolv.conf of ${e.container}: nameserver 127.0.0.11, the embedded DNS`
        : `wrote /etc/resolv.conf of ${e.container}: the host's resolvers (${e.nameservers.join(', ') || 'none'}), no embedded DNS`;
    case 'dnat-added': return `added DNAT ${dnatSpec(e.hostPort, e.proto)} → ${e.target}`;
    case 'dnat-removed': return `removed DNAT ${dnatSpec(e.hostPort, e.proto)} → ${e.target}`;
    case 'proxy-started': return `started ${proxyArgs(e.args)} (PID ${e.pid})`;
    case 'proxy-stopped': return `stopped docker-proxy PID ${e.pid}`;
    case 'dns-registered': return `registered ${e.names.join(', ')} → ${e.ip} in the embedded DNS of ${e.network}`;
    case 'dns-unregistered': return `removed ${e.names[0] ?? ''} (${e.ip}) from the embedded DNS of ${e.network}`;
    case 'container-started': return e.pid > 0 ? `started ${e.container}: its first process is PID ${e.pid}, under containerd-shim PID ${e.shimPid}` : `started ${e.container}`;
    case 'container-stopped': return e.exitCode >= 0 ? `${e.container} stopped (exit code ${e.exitCode})` : `${e.container} stopped`;
    case 'container-removed': return `removed container ${e.container}`;
  }
}

function korean(e: EngineEvent): string {
  switch (e.kind) {
    case 'network-created': return `네트워크 ${e.network} 생성 (드라이버 ${e.driver}${e.subnet ? `, 서브넷 ${e.subnet}` : ''})`;
    case 'network-removed': return `네트워크 ${e.network} 삭제`;
    case 'bridge-created': return `리눅스 브리지 ${e.bridge} 생성 (주소 ${e.gateway}, iptables 규칙 포함)`;
    case 'bridge-removed': return `리눅스 브리지 ${e.bridge} 삭제 (iptables 규칙 포함)`;
    case 'netns-created': return `${e.container}의 네트워크 네임스페이스 ${e.path} 생성`;
    case 'netns-removed': return `${e.container}의 네트워크 네임스페이스 ${e.path} 삭제`;
    case 'ip-allocated': return `${e.network}의 주소 풀 ${e.subnet}에서 ${e.ip} 할당${e.container ? ` (${e.container} 컨테이너용)` : ''}`;
    case 'ip-released': return `${e.network}의 주소 풀에 ${e.ip} 반납`;
    case 'veth-created': return `veth 쌍 ${e.host} ↔ ${e.inner} 생성 (if ${e.hostIndex} ↔ if ${e.innerIndex})${e.container ? `, ${e.inner} 쪽은 ${e.container} 안으로` : ''}`;
    case 'veth-attached': return `${e.bridge}에 ${e.veth} 연결${e.netns ? ` (오버레이의 네임스페이스 ${e.netns} 안)` : ''}`;
    case 'veth-removed': return `veth 쌍 ${e.host} 삭제 (반대쪽 끝도 함께 사라짐)`;
    case 'dummy-created': return `macvlan 부모로 쓸 dummy 링크 ${e.link} 생성 (-o parent 없음)`;
    case 'dummy-removed': return `dummy 링크 ${e.link} 삭제`;
    case 'macvlan-created': return `${e.container} 안에 ${e.parent} 위의 macvlan ${e.ifname} (if ${e.index}) 생성`;
    case 'hosts-written': {
      const names = entriesNames(e.entries);
      return `${e.container}의 /etc/hosts 작성${names.length ? ` (${names.join(', ')} 포함)` : ''}`;
    }
    case 'resolv-written':
      return isEmbedded(e.nameservers)
        ? `${e.container}의 /etc/resolv.conf 작성: nameserver 127.0.0.11 (내장 DNS)`
        : `${e.container}의 /etc/resolv.conf 작성: 호스트의 DNS 서버 (${e.nameservers.join(', ') || '없음'}), 내장 DNS 없음`;
    case 'dnat-added': return `DNAT 추가: ${dnatSpec(e.hostPort, e.proto)} → ${e.target}`;
    case 'dnat-removed': return `DNAT 삭제: ${dnatSpec(e.hostPort, e.proto)} → ${e.target}`;
    case 'proxy-started': return `${proxyArgs(e.args)} 시작 (PID ${e.pid})`;
    case 'proxy-stopped': return `docker-proxy PID ${e.pid} 종료`;
    case 'dns-registered': return `${e.network}의 내장 DNS에 ${e.names.join(', ')} → ${e.ip} 등록`;
    case 'dns-unregistered': return `${e.network}의 내장 DNS에서 ${e.names[0] ?? ''} (${e.ip}) 삭제`;
    case 'container-started': return e.pid > 0 ? `${e.container} 시작: 첫 프로세스는 PID ${e.pid}, 부모는 containerd-shim PID ${e.shimPid}` : `${e.container} 시작`;
    case 'container-stopped': return e.exitCode >= 0 ? `${e.container} 멈춤 (종료 코드 ${e.exitCode})` : `${e.container} 멈춤`;
    case 'container-removed': return `컨테이너 ${e.container} 삭제`;
  }
}

/**
 * One event as a sentence in `lang` (en, ko; anything else gets English). PID 0 and exit code
 * -1 mean unknown (a real engine's story, reconstructed): they are not told.
 */
export function describeEvent(e: EngineEvent, lang: string): string {
  return lang === 'ko' ? korean(e) : english(e);
}
