import { Netfilter } from '../kernel/iptables.js';
import { embeddedDnsPorts, servesEmbeddedDns } from './listening-sockets.js';
import type { DaemonState } from './state.js';

/**
 * The netfilter tables of a container's namespace, as dockerd leaves them: empty, except on a
 * user-defined network, where the nat table sends DNS for 127.0.0.11:53 to the ports the
 * embedded DNS server really listens on (and rewrites the replies' source back to :53).
 * Derived from the sandbox on every call: what a container changes itself is not kept.
 */
export function sandboxNetfilter(s: DaemonState, key: string): Netfilter {
  const nf = new Netfilter();
  if (!servesEmbeddedDns(s, key)) return nf;
  const { tcp, udp } = embeddedDnsPorts(key);
  nf.append('nat', 'OUTPUT', '-d 127.0.0.11/32 -j DOCKER_OUTPUT');
  nf.append('nat', 'POSTROUTING', '-d 127.0.0.11/32 -j DOCKER_POSTROUTING');
  nf.append('nat', 'DOCKER_OUTPUT', `-d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:${tcp}`);
  nf.append('nat', 'DOCKER_OUTPUT', `-d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:${udp}`);
  nf.append('nat', 'DOCKER_POSTROUTING', `-s 127.0.0.11/32 -p tcp -m tcp --sport ${tcp} -j SNAT --to-source :53`);
  nf.append('nat', 'DOCKER_POSTROUTING', `-s 127.0.0.11/32 -p udp -m udp --sport ${udp} -j SNAT --to-source :53`);
  return nf;
}
