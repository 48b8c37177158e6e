import type { Netfilter } from '../kernel/iptables.js';

/**
 * The iptables rules dockerd 20.10 keeps for a bridge network, in the places it puts them.
 * Read off a real Engine 20.10 (`iptables -S`, `iptables -t nat -S` before and after each
 * `docker network create`/`rm`): a newer network's rules sit above older ones, each in its
 * chain, and the two jumps to DOCKER-USER and DOCKER-ISOLATION-STAGE-1 stay on top of FORWARD.
 *
 *   docker network create mynet   (172.18.0.0/16, br-0123456789ab)
 *   filter FORWARD:  -o br RELATED,ESTABLISHED ACCEPT / -o br -j DOCKER / -i br ! -o br ACCEPT / -i br -o br ACCEPT
 *   filter DOCKER-ISOLATION-STAGE-1: -i br ! -o br -j DOCKER-ISOLATION-STAGE-2
 *   filter DOCKER-ISOLATION-STAGE-2: -o br -j DROP
 *   nat POSTROUTING: -s 172.18.0.0/16 ! -o br -j MASQUERADE      nat DOCKER: -i br -j RETURN
 *
 *   docker network create --internal inet   (no NAT, no DOCKER jump; both isolation rules in STAGE-1)
 *   filter FORWARD: -i br -o br -j ACCEPT
 *   filter DOCKER-ISOLATION-STAGE-1: ! -s SUBNET -o br -j DROP / ! -d SUBNET -i br -j DROP
 *
 *   enable_icc=false (docker_gwbridge): `-i br -o br -j DROP` appended at the end of FORWARD
 *   instead of the ACCEPT inside the block.
 */
export function installDockerChains(nf: Netfilter): void {
  nf.setPolicy('filter', 'FORWARD', 'DROP');
  for (const c of ['DOCKER', 'DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2', 'DOCKER-USER']) nf.ensureChain('filter', c);
  nf.ensureChain('nat', 'DOCKER');
  nf.ensureAppended('nat', 'PREROUTING', '-m addrtype --dst-type LOCAL -j DOCKER');
  nf.ensureAppended('nat', 'OUTPUT', '! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER');
  nf.ensureAppended('filter', 'DOCKER-ISOLATION-STAGE-1', '-j RETURN');
  nf.ensureAppended('filter', 'DOCKER-ISOLATION-STAGE-2', '-j RETURN');
  nf.ensureAppended('filter', 'DOCKER-USER', '-j RETURN');
}

export interface BridgeRuleOptions {
  readonly internal: boolean;
  /** com.docker.network.bridge.enable_icc: containers on the bridge may talk to each other. */
  readonly icc: boolean;
}

/** After any network change dockerd re-asserts its two jumps at the top of FORWARD. */
function ensureForwardJumps(nf: Netfilter): void {
  nf.delete('filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  nf.insert('filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  nf.delete('filter', 'FORWARD', '-j DOCKER-USER');
  nf.insert('filter', 'FORWARD', '-j DOCKER-USER');
}

function forwardBlock(br: string, icc: boolean): string[] {
  return [
    `-o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
    `-o ${br} -j DOCKER`,
    `-i ${br} ! -o ${br} -j ACCEPT`,
    ...(icc ? [`-i ${br} -o ${br} -j ACCEPT`] : []),
  ];
}

function internalRules(br: string, subnet: string): string[] {
  return [`! -s ${subnet} -o ${br} -j DROP`, `! -d ${subnet} -i ${br} -j DROP`];
}

export function addBridgeRules(nf: Netfilter, br: string, subnet: string, o: BridgeRuleOptions): void {
  if (o.internal) {
    for (const rule of [...internalRules(br, subnet)].reverse()) nf.insert('filter', 'DOCKER-ISOLATION-STAGE-1', rule);
    nf.insert('filter', 'FORWARD', `-i ${br} -o ${br} -j ACCEPT`);
    ensureForwardJumps(nf);
    return;
  }
  nf.insert('nat', 'POSTROUTING', `-s ${subnet} ! -o ${br} -j MASQUERADE`);
  nf.insert('nat', 'DOCKER', `-i ${br} -j RETURN`);
  for (const rule of [...forwardBlock(br, o.icc)].reverse()) nf.insert('filter', 'FORWARD', rule);
  if (!o.icc) nf.append('filter', 'FORWARD', `-i ${br} -o ${br} -j DROP`);
  nf.insert('filter', 'DOCKER-ISOLATION-STAGE-1', `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`);
  nf.insert('filter', 'DOCKER-ISOLATION-STAGE-2', `-o ${br} -j DROP`);
  ensureForwardJumps(nf);
}

export function removeBridgeRules(nf: Netfilter, br: string, subnet: string, o: BridgeRuleOptions): void {
  if (o.internal) {
    for (const rule of internalRules(br, subnet)) nf.delete('filter', 'DOCKER-ISOLATION-STAGE-1', rule);
    nf.delete('filter', 'FORWARD', `-i ${br} -o ${br} -j ACCEPT`);
    return;
  }
  nf.delete('nat', 'POSTROUTING', `-s ${subnet} ! -o ${br} -j MASQUERADE`);
  nf.delete('nat', 'DOCKER', `-i ${br} -j RETURN`);
  for (const rule of forwardBlock(br, o.icc)) nf.delete('filter', 'FORWARD', rule);
  if (!o.icc) nf.delete('filter', 'FORWARD', `-i ${br} -o ${br} -j DROP`);
  nf.delete('filter', 'DOCKER-ISOLATION-STAGE-1', `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`);
  nf.delete('filter', 'DOCKER-ISOLATION-STAGE-2', `-o ${br} -j DROP`);
}

/**
 * One published port: DNAT in nat/DOCKER, ACCEPT in filter/DOCKER, and the hairpin MASQUERADE,
 * each appended (a later container's rules come below an earlier one's).
 */
export function portRules(br: string, proto: string, hostIp: string, hostPort: number, ip: string, port: number): { nat: string; filter: string; masq: string } {
  const dst = hostIp === '0.0.0.0' ? '' : `-d ${hostIp}/32 `;
  return {
    nat: `${dst}! -i ${br} -p ${proto} -m ${proto} --dport ${hostPort} -j DNAT --to-destination ${ip}:${port}`,
    filter: `-d ${ip}/32 ! -i ${br} -o ${br} -p ${proto} -m ${proto} --dport ${port} -j ACCEPT`,
    masq: `-s ${ip}/32 -d ${ip}/32 -p ${proto} -m ${proto} --dport ${port} -j MASQUERADE`,
  };
}
