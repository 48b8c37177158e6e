import type { DaemonState } from './daemon/state.js';
import { type VirtualDir, vdir, vfile } from './kernel/fs.js';

/**
 * /run/docker/netns as dockerd keeps it: one nsfs bind mount per network namespace it made —
 * each container's sandbox (12 hex), the swarm's `ingress_sbox`, and per overlay network this
 * node has, its own namespace (`1-` and 10 characters of its ID) and its load balancer's
 * (`lb_` and 9). Listed from the daemon's state at every lookup.
 */
export function dockerNetnsDir(s: DaemonState): VirtualDir {
  return vdir(() => {
    const names = new Set<string>();
    for (const sb of s.sandboxes.values()) names.add(sb.path.slice(sb.path.lastIndexOf('/') + 1));
    for (const key of s.kernel.net.namespaces.keys()) if (/^(1-|lb_)/.test(key)) names.add(key);
    return [...names].sort().map((n) => [n, vfile(() => '', 0o444)] as const);
  }, 0o755);
}
