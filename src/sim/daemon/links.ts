import { invalidParameter, systemError } from '../errors.js';
import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/**
 * dockerd's link graph (daemon/links.go linkIndex): for each container created with legacy
 * `--link`s, the target *container* under each alias, as it was when linked. The daemon
 * never looks the target up by name again while it runs: a removed target stays in the graph,
 * not running, and a new container under its name is not it (`Cannot link to a non running
 * container`), until dockerd restarts and registers the links again by name.
 */
export type LinkIndex = Map<string, Map<string, Container>>;

/** The alias of a HostConfig.Links entry `/target:/parent/alias`, and its target's name. */
function parseLink(link: string): { target: string; alias: string } {
  const [targetPath = '', aliasPath = ''] = link.split(':');
  return { target: targetPath.replace(/^\//, ''), alias: aliasPath.slice(aliasPath.lastIndexOf('/') + 1) };
}

/** registerLinks at create: every target must exist. */
export function registerLinks(s: DaemonState, parent: Container, find: (name: string) => Container | undefined): void {
  const children = new Map<string, Container>();
  for (const l of parent.hostConfig.links) {
    const { target, alias } = parseLink(l);
    const child = find(target);
    if (!child) throw invalidParameter(`could not get container for ${target}: No such container: ${target}`);
    children.set(alias, child);
  }
  if (children.size > 0) s.linkIndex.set(parent.id, children);
}

/**
 * setupLinkedContainers (start, and `docker exec`, which gives the process the links'
 * variables): each linked container, which must be running.
 */
export function linkedContainers(s: DaemonState, parent: Container): { readonly alias: string; readonly child: Container }[] {
  const out: { alias: string; child: Container }[] = [];
  for (const [alias, child] of s.linkIndex.get(parent.id) ?? []) {
    if (child.state.status !== 'running') throw systemError(`Cannot link to a non running container: /${child.name} AS /${parent.name}/${alias}`);
    out.push({ alias, child });
  }
  return out;
}

/** The linked container under an alias, running or not (for its variables in the environment). */
export function linkedContainer(s: DaemonState, parent: Container, alias: string): Container | undefined {
  return s.linkIndex.get(parent.id)?.get(alias);
}

/** The names a container is also known by: `/parent/alias` for each container linking to it now. */
export function linkNamesOf(s: DaemonState, child: Container): string[] {
  const names: string[] = [];
  for (const [parentId, children] of s.linkIndex) {
    const parent = s.containers.get(parentId);
    if (!parent) continue;
    for (const [alias, c] of children) if (c === child) names.push(`/${parent.name}/${alias}`);
  }
  return names.sort();
}

/** A removed container's own links go with it (its targets keep theirs). */
export function deleteLinks(s: DaemonState, parent: Container): void {
  s.linkIndex.delete(parent.id);
}

/** dockerd starts: the links are registered again from HostConfig.Links, by name; a missing target is dropped. */
export function restoreLinks(s: DaemonState): void {
  s.linkIndex.clear();
  const byName = new Map([...s.containers.values()].map((c) => [c.name, c] as const));
  for (const parent of s.containers.values()) {
    const children = new Map<string, Container>();
    for (const l of parent.hostConfig.links) {
      const { target, alias } = parseLink(l);
      const child = byName.get(target);
      if (child) children.set(alias, child);
    }
    if (children.size > 0) s.linkIndex.set(parent.id, children);
  }
}
