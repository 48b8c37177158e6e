import type { Netfilter } from '../kernel/iptables.js';

/**
 * The iptables rules dockerd 20.10 keeps for a bridge network, in the places it puts them
 * (read off a real engine: a newer network's rules sit above older ones).
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

/** After any network change dockerd re-asserts its two jumps at the top of FORWARD. */
function ensureForwardJumps(nf: Netfilter): void {
  nf.delete('filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  nf.insert('filter', 'FORWARD', '-j DOCKER-ISOLATION-STAGE-1');
  nf.delete('filter', 'FORWARD', '-j DOCKER-USER');
  nf.insert('filter', 'FORWARD', '-j DOCKER-USER');
}

function forwardBlock(br: string): string[] {
  return [
    `-o ${br} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
    `-o ${br} -j DOCKER`,
    `-i ${br} ! -o ${br} -j ACCEPT`,
    `-i ${br} -o ${br} -j ACCEPT`,
  ];
}

export function addBridgeRules(nf: Netfilter, br: string, subnet: string, internal: boolean): void {
  if (internal) {
    nf.insert('filter', 'DOCKER-ISOLATION-STAGE-1', `! -s ${subnet} -o ${br} -j DROP`);
    nf.insert('filter', 'DOCKER-ISOLATION-STAGE-1', `! -d ${subnet} -i ${br} -j DROP`);
    nf.insert('filter', 'FORWARD', `-i ${br} -o ${br} -j ACCEPT`);
    ensureForwardJumps(nf);
    return;
  }
  nf.insert('nat', 'POSTROUTING', `-s ${subnet} ! -o ${br} -j MASQUERADE`);
  nf.insert('nat', 'DOCKER', `-i ${br} -j RETURN`);
  const block = forwardBlock(br);
  for (const rule of [...block].reverse()) nf.insert('filter', 'FORWARD', rule);
  nf.insert('filter', 'DOCKER-ISOLATION-STAGE-1', `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`);
  nf.insert('filter', 'DOCKER-ISOLATION-STAGE-2', `-o ${br} -j DROP`);
  ensureForwardJumps(nf);
}

export function removeBridgeRules(nf: Netfilter, br: string, subnet: string, internal: boolean): void {
  if (internal) {
    nf.delete('filter', 'DOCKER-ISOLATION-STAGE-1', `! -s ${subnet} -o ${br} -j DROP`);
    nf.delete('filter', 'DOCKER-ISOLATION-STAGE-1', `! -d ${subnet} -i ${br} -j DROP`);
    nf.delete('filter', 'FORWARD', `-i ${br} -o ${br} -j ACCEPT`);
    return;
  }
  nf.delete('nat', 'POSTROUTING', `-s ${subnet} ! -o ${br} -j MASQUERADE`);
  nf.delete('nat', 'DOCKER', `-i ${br} -j RETURN`);
  for (const rule of forwardBlock(br)) nf.delete('filter', 'FORWARD', rule);
  nf.delete('filter', 'DOCKER-ISOLATION-STAGE-1', `-i ${br} ! -o ${br} -j DOCKER-ISOLATION-STAGE-2`);
  nf.delete('filter', 'DOCKER-ISOLATION-STAGE-2', `-o ${br} -j DROP`);
}

/** One published port: DNAT in nat/DOCKER, ACCEPT in filter/DOCKER, and the hairpin MASQUERADE. */
export function portRules(br: string, proto: string, hostIp: string, hostPort: number, ip: string, port: number): { nat: string; filter: string; masq: string } {
  const dst = hostIp === '0.0.0.0' ? '' : `-d ${hostIp}/32 `;
  return {
    nat: `${dst}! -i ${br} -p ${proto} -m ${proto} --dport ${hostPort} -j DNAT --to-destination ${ip}:${port}`,
    filter: `-d ${ip}/32 ! -i ${br} -o ${br} -p ${proto} -m ${proto} --dport ${port} -j ACCEPT`,
    masq: `-s ${ip}/32 -d ${ip}/32 -p ${proto} -m ${proto} --dport ${port} -j MASQUERADE`,
  };
}
