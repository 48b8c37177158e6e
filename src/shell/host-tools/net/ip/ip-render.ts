import type { Address, NetDevice, NetworkStack } from '../../../../sim/kernel/net-devices.js';
import { linkFlags, linkLayer, linkState, masterName, nameWithPeer, peerRef, qdisc, txQueueLen } from '../link-view.js';
import { detailsHead, detailsTail } from './ip-details.js';
import { ZERO_STATS } from './ip-texts.js';

/**
 * iproute2's printing of links and addresses (ipaddress.c): the full form, `-br[ief]` and
 * `-o[neline]`. Recorded on iproute2 6.1; every line ends as the real one does, trailing
 * spaces included.
 */
export type Family = 'any' | 'inet' | 'inet6' | 'link';

export interface RenderOptions {
  readonly family: Family;
  readonly brief: boolean;
  readonly oneline: boolean;
  readonly details: boolean;
  readonly stats: boolean;
}

/** The addresses `ip addr` lists for a device under a family filter: IPv4 first, then IPv6. */
export function addressesOf(dev: NetDevice, family: Family): { readonly inet: readonly Address[]; readonly inet6: readonly Address[] } {
  return {
    inet: family === 'any' || family === 'inet' ? dev.addresses : [],
    inet6: family === 'any' || family === 'inet6' ? (dev.inet6 ?? []) : [],
  };
}

/**
 * The flags between `<…>`: iproute2 adds M-DOWN when the device's link (a veth's peer, a
 * macvlan's parent) is a device of the same namespace that is down; one in another namespace
 * (`link-netnsid`) is not looked up.
 */
function flagsText(net: NetworkStack, dev: NetDevice): string {
  const peer = peerRef(net, dev);
  const mdown = peer !== undefined && peer.netnsid === undefined && !peer.upHere;
  return [...linkFlags(net, dev), ...(mdown ? ['M-DOWN'] : [])].join(',');
}

/** The header line: `5: docker0: <…> mtu 1500 qdisc noqueue [master br] state UP [mode DEFAULT ]group default [qlen N]`. */
function header(net: NetworkStack, dev: NetDevice, withMode: boolean): string {
  const master = masterName(net, dev);
  const qlen = txQueueLen(dev);
  return `${dev.index}: ${nameWithPeer(net, dev)}: <${flagsText(net, dev)}> mtu ${dev.mtu} qdisc ${qdisc(dev)} `
    + `${master ? `master ${master} ` : ''}state ${linkState(net, dev)} ${withMode ? 'mode DEFAULT ' : ''}group default ${qlen ? `qlen ${qlen}` : ''}`;
}

function secondLine(net: NetworkStack, dev: NetDevice, o: RenderOptions, linkMode: boolean): string {
  const nsid = peerRef(net, dev)?.netnsid;
  let s = `    ${linkLayer(dev)}${nsid !== undefined ? ` link-netnsid ${nsid}` : ''}`;
  if (o.details) s += detailsHead(dev) + detailsTail(net, dev, linkMode);
  return s;
}

function addressBlock(a: Address, v6: boolean, label: string): string {
  if (v6) return `    inet6 ${a.ip}/${a.prefix} scope ${a.scope} \n       valid_lft forever preferred_lft forever`;
  return `    inet ${a.ip}/${a.prefix} ${a.broadcast ? `brd ${a.broadcast} ` : ''}scope ${a.scope} ${label}\n       valid_lft forever preferred_lft forever`;
}

/** `ip link [show]` for one device. */
export function renderLink(net: NetworkStack, dev: NetDevice, o: RenderOptions): string {
  if (o.brief) return `${nameWithPeer(net, dev).padEnd(16)} ${linkState(net, dev).padEnd(14)} ${dev.kind === 'loopback' ? '00:00:00:00:00:00' : dev.mac} <${flagsText(net, dev)}> \n`;
  let s = [header(net, dev, true), secondLine(net, dev, o, true)].join('\n');
  if (o.stats) s += `\n${ZERO_STATS.slice(0, -1)}`;
  // -o turns every newline of the record into a backslash, the details' and statistics' too
  // (observed: `ip -d -o link show docker0` → `… maxmtu 65535 \    bridge forward_delay …`).
  return `${o.oneline ? s.replaceAll('\n', '\\') : s}\n`;
}

/** `ip addr [show]` for one device; '' when the family filter leaves it nothing to show. */
export function renderAddr(net: NetworkStack, dev: NetDevice, o: RenderOptions): string {
  const { inet, inet6 } = addressesOf(dev, o.family);
  if ((o.family === 'inet' && inet.length === 0) || (o.family === 'inet6' && inet6.length === 0)) return '';
  if (o.brief) {
    const addrs = [...inet, ...inet6].map((a) => `${a.ip}/${a.prefix} `).join('');
    return `${nameWithPeer(net, dev).padEnd(16)} ${linkState(net, dev).padEnd(14)} ${addrs}\n`;
  }
  const blocks = [...inet.map((a) => addressBlock(a, false, dev.name)), ...inet6.map((a) => addressBlock(a, true, dev.name))];
  if (o.oneline) return blocks.map((b) => `${dev.index}: ${dev.name}${b.replace('\n', '\\')}\n`).join('');
  const lines = [header(net, dev, false)];
  if (o.family !== 'inet' && o.family !== 'inet6') lines.push(secondLine(net, dev, o, false));
  if (o.stats) lines.push(ZERO_STATS.slice(0, -1));
  lines.push(...blocks);
  return `${lines.join('\n')}\n`;
}
