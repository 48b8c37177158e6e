import { conflict, invalidParameter, notFound } from '../errors.js';
import { buildRootfs, shareNetworkFiles } from './container-fs.js';
import { containerDir, writeContainerFiles } from './hosts-files.js';
import { resolveImage } from './images.js';
import { deleteLinks, linkedContainers, registerLinks } from './links.js';
import { createVolume, removeVolume, volumeUsers } from './volumes.js';
import type { Attachment, Container, ContainerConfig, HostConfig, Listener, Network } from './model.js';
import { randomName, VALID_NAME } from './names.js';
import { findNetwork } from './networks.js';
import { joinContainerNetworks, leaveContainerNetworks } from './container-network.js';
import { deleteSandbox } from './sandbox.js';
import type { DaemonState } from './state.js';

export interface CreateContainerOptions {
  readonly name?: string;
  readonly image: string;
  readonly cmd?: readonly string[];
  readonly entrypoint?: readonly string[];
  readonly env?: readonly string[];
  readonly hostname?: string;
  readonly domainname?: string;
  readonly user?: string;
  readonly workingDir?: string;
  readonly tty?: boolean;
  readonly openStdin?: boolean;
  readonly exposedPorts?: readonly string[];
  readonly labels?: ReadonlyMap<string, string>;
  readonly hostConfig: Omit<HostConfig, 'links'> & { readonly links: readonly string[] };
  /** --network-alias, --ip for the first network. */
  readonly aliases?: readonly string[];
  readonly ipv4Address?: string;
}

/** Finds a container as dockerd does: full ID, exact name, then a unique ID prefix. */
export function findContainer(s: DaemonState, ref: string): Container | undefined {
  const r = ref.replace(/^\//, '');
  const byId = s.containers.get(r);
  if (byId) return byId;
  for (const c of s.containers.values()) if (c.name === r) return c;
  const prefixed = [...s.containers.values()].filter((c) => c.id.startsWith(r));
  if (prefixed.length > 1) throw invalidParameter(`multiple IDs found with provided prefix: ${ref}`);
  return prefixed[0];
}

export function getContainer(s: DaemonState, ref: string): Container {
  const c = findContainer(s, ref);
  if (!c) throw notFound(`No such container: ${ref}`);
  return c;
}

/**
 * What runconfig refuses for a `container:<name>` network mode before anything is looked up
 * (validateNetContainerMode, Engine 20.10): the namespace's owner decides its hostname, /etc/hosts,
 * DNS and published ports, so a joiner may set none of them. Checked in this order (observed:
 * `--hostname foo -p 8083:80` reports the hostname).
 */
function validateNetContainerMode(o: CreateContainerOptions): void {
  const hc = o.hostConfig;
  if (!hc.networkMode.startsWith('container:')) return;
  if (hc.networkMode === 'container:') throw invalidParameter('Invalid network mode: invalid container format container:<name|id>');
  if (o.hostname !== undefined && o.hostname !== '') throw invalidParameter('conflicting options: hostname and the network mode');
  if (hc.links.length > 0) throw invalidParameter("conflicting options: container type network can't be used with links. This would result in undefined behavior");
  if (hc.dns.length > 0) throw invalidParameter('conflicting options: dns and the network mode');
  if (hc.extraHosts.length > 0) throw invalidParameter('conflicting options: custom host-to-IP mapping and the network mode');
  if (hc.portBindings.length > 0 || hc.publishAllPorts) throw invalidParameter('conflicting options: port publishing and the container type network mode');
  if ((o.exposedPorts ?? []).length > 0) throw invalidParameter('conflicting options: port exposing and the container type network mode');
}

export function createContainer(s: DaemonState, o: CreateContainerOptions): Container {
  validateNetContainerMode(o);
  const image = resolveImage(s, o.image);
  if (o.name !== undefined && !VALID_NAME.test(o.name)) throw invalidParameter(`Invalid container name (${o.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const name = o.name?.replace(/^\//, '') ?? randomName(() => s.rnd.next(), (n) => !!findByName(s, n));
  const clash = findByName(s, name);
  if (clash) throw conflict(`Conflict. The container name "/${name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`);
  const mode = o.hostConfig.networkMode;
  const netRef = mode === 'default' ? 'bridge' : mode;
  let network: Network | undefined;
  // A network that does not exist (yet) fails the start, not the create, as in Engine 20.10.
  // (A non-attachable overlay is refused at start too: the container exists, Created.)
  if (!mode.startsWith('container:')) network = findNetwork(s, netRef);
  else getContainer(s, mode.slice('container:'.length));
  // On a user-defined network `--link target:alias` is no legacy link: it goes to the endpoint's
  // Links, a DNS alias only this container resolves (no /etc/hosts line, HostConfig.Links null,
  // and a missing target is fine), as Engine 20.10 does it.
  const userDefined = !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
  const endpointLinks = userDefined ? o.hostConfig.links : [];
  const legacyLinks = userDefined ? [] : o.hostConfig.links;
  const id = s.rnd.hex(64);
  const spec = image.spec;
  const config: ContainerConfig = {
    image: o.image,
    imageId: image.id,
    entrypoint: o.entrypoint ?? spec.entrypoint,
    cmd: o.cmd && o.cmd.length > 0 ? o.cmd : o.entrypoint ? null : spec.cmd,
    env: [...(o.env ?? []), ...spec.env.filter((e) => !(o.env ?? []).some((x) => x.split('=')[0] === e.split('=')[0]))],
    hostname: mode === 'host' ? s.hostname : o.hostname ?? id.slice(0, 12),
    domainname: o.domainname ?? '',
    user: o.user ?? '',
    workingDir: o.workingDir ?? spec.workingDir,
    tty: o.tty ?? false,
    openStdin: o.openStdin ?? false,
    exposedPorts: [...new Set([...spec.exposedPorts, ...(o.exposedPorts ?? []), ...o.hostConfig.portBindings.map((b) => `${b.containerPort}/${b.proto}`)])],
    // The image's labels, then the container's own (--label wins).
    labels: new Map([...Object.entries(spec.labels ?? {}), ...(o.labels ?? new Map())]),
  };
  const links = legacyLinks.map((l) => {
    const [target, alias] = l.split(':') as [string, string | undefined];
    return `/${target}:/${name}/${alias ?? target}`;
  });
  // The image's VOLUMEs: an anonymous volume each, unless a -v already mounts something there.
  const bound = new Set(o.hostConfig.binds.map((b) => b.split(':')[1]));
  const imageVolumes = (spec.volumes ?? []).filter((d) => !bound.has(d)).map((destination) => ({ destination, name: createVolume(s).name }));
  const c: Container = {
    id, name, created: s.clock.now(), config,
    ...(imageVolumes.length > 0 ? { imageVolumes } : {}),
    hostConfig: { ...o.hostConfig, links },
    state: { status: 'created', pid: 0, exitCode: 0, startedAt: 0, finishedAt: 0, error: '' },
    networks: new Map(), ports: new Map(), logs: { stdout: '', stderr: '' }, listeners: [], restartCount: 0,
  };
  registerLinks(s, c, (target) => findContainer(s, target));
  if (network || !mode.startsWith('container:')) {
    const a: Attachment = { networkId: network?.id ?? '', aliases: o.aliases ?? [], links: [...endpointLinks], ...(o.ipv4Address ? { ipv4Address: o.ipv4Address } : {}) };
    c.networks.set(network?.name ?? netRef, a);
  }
  s.containers.set(id, c);
  s.kernel.fs.mkdirp(containerDir(id), { mode: 0o710 });
  s.rootfs.set(id, buildRootfs(s, c, image));
  return c;
}

function findByName(s: DaemonState, name: string): Container | undefined {
  for (const c of s.containers.values()) if (c.name === name) return c;
  return undefined;
}

export function startContainer(s: DaemonState, ref: string, listeners: readonly Listener[] = []): Container {
  const c = getContainer(s, ref);
  if (c.state.status === 'running') return c;
  const mode = c.hostConfig.networkMode;
  let linkEntries: string[] = [];
  try {
    linkEntries = resolveLinks(s, c);
    if (mode === 'host') c.sandboxKey = 'host';
    else if (mode.startsWith('container:')) {
      const owner = getContainer(s, mode.slice('container:'.length));
      if (owner.state.status !== 'running' || !owner.sandboxKey) throw conflict(`cannot join network of a non running container: ${owner.id}`);
      c.sandboxKey = owner.sandboxKey;
      shareNetworkFiles(s, c, owner);
    } else {
      joinContainerNetworks(s, c);
    }
  } catch (e) {
    leaveContainerNetworks(s, c);
    deleteSandbox(s, c);
    c.state.error = e instanceof Error ? e.message : String(e);
    throw e;
  }
  if (mode === 'host') {
    const hosts = s.kernel.fs.read('/etc/hosts');
    s.kernel.fs.writeFile(`${containerDir(c.id)}/hosts`, hosts.ok ? hosts.content : '');
    const resolv = s.kernel.fs.read('/etc/resolv.conf');
    s.kernel.fs.writeFile(`${containerDir(c.id)}/resolv.conf`, resolv.ok ? resolv.content : '');
    s.kernel.fs.writeFile(`${containerDir(c.id)}/hostname`, `${c.config.hostname}\n`);
  } else if (!mode.startsWith('container:')) {
    writeContainerFiles(s, c, linkEntries);
  }
  spawnProcesses(s, c);
  c.listeners = listeners;
  c.state.status = 'running';
  c.state.startedAt = s.clock.now();
  c.state.exitCode = 0;
  c.state.error = '';
  return c;
}

/** `--link name:alias` entries for /etc/hosts: the linked containers (from the link graph) must be running. */
function resolveLinks(s: DaemonState, c: Container): string[] {
  const entries: string[] = [];
  for (const { alias, child: target } of linkedContainers(s, c)) {
    const ep = [...target.networks.values()].map((a) => (a.endpointId ? s.endpoints.get(a.endpointId) : undefined)).find((e) => e?.ip);
    if (!ep) continue;
    const names = [alias, target.config.hostname, target.name].filter((n, i, all) => all.indexOf(n) === i);
    entries.push(`${ep.ip}\t${names.join(' ')}`);
  }
  return entries;
}

function spawnProcesses(s: DaemonState, c: Container): void {
  const procs = s.kernel.procs;
  const shim = procs.spawn({ ppid: 1, user: 'root', argv: ['/usr/bin/containerd-shim-runc-v2', '-namespace', 'moby', '-id', c.id, '-address', '/run/containerd/containerd.sock'], started: s.clock.now() });
  procs.advance(18); // runc init and its helpers come and go between the shim and PID 1
  const argv = [...(c.config.entrypoint ?? []), ...(c.config.cmd ?? [])];
  const p1 = procs.spawn({ ppid: shim.pid, user: 'root', argv, started: s.clock.now(), pidns: c.id, ...(c.config.tty ? { tty: `pts/0` } : {}) });
  procs.skipNs(c.id, 5); // runc init's threads took PIDs 2-6 there: a first `docker exec` is PID 7
  c.state.pid = p1.pid;
  s.events.push({ kind: 'container-started', container: c.name, pid: p1.pid, shimPid: shim.pid });
}

/** Everything that goes when a container's PID 1 ends: processes, ports, endpoints, the sandbox. */
export function containerExited(s: DaemonState, ref: string, exitCode: number, output?: { stdout: string; stderr: string }): Container {
  const c = getContainer(s, ref);
  if (output) c.logs = { stdout: c.logs.stdout + output.stdout, stderr: c.logs.stderr + output.stderr };
  if (c.state.status !== 'running') return c;
  const shim = s.kernel.procs.get(c.state.pid)?.ppid;
  s.kernel.procs.killNamespace(c.id);
  if (shim) s.kernel.procs.kill(shim);
  teardownNetworking(s, c);
  c.state.status = 'exited';
  c.state.exitCode = exitCode;
  c.state.pid = 0;
  c.state.finishedAt = s.clock.now();
  c.listeners = [];
  s.events.push({ kind: 'container-stopped', container: c.name, exitCode });
  if (c.hostConfig.autoRemove) removeContainer(s, c.id, { force: true, volumes: true });
  return c;
}

function teardownNetworking(s: DaemonState, c: Container): void {
  leaveContainerNetworks(s, c);
  deleteSandbox(s, c);
  // Containers sharing this one's namespace lose their network with it.
}

/** DELETE /containers/{id}: `volumes` (rm -v, and --rm) also removes its anonymous volumes; named ones stay. */
export function removeContainer(s: DaemonState, ref: string, o: { force?: boolean; volumes?: boolean } = {}): Container {
  const c = getContainer(s, ref);
  if (c.state.status === 'running') {
    if (!o.force) throw conflict(`You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove`);
    containerExited(s, c.id, 137);
    if (!s.containers.has(c.id)) return c;
  }
  s.containers.delete(c.id);
  deleteLinks(s, c);
  if (o.volumes) for (const v of c.imageVolumes ?? []) if (volumeUsers(s, v.name).length === 0) removeVolume(s, v.name);
  s.rootfs.delete(c.id);
  s.kernel.fs.remove(containerDir(c.id));
  s.events.push({ kind: 'container-removed', container: c.name });
  return c;
}

export function renameContainer(s: DaemonState, ref: string, newName: string): void {
  const c = getContainer(s, ref);
  if (c.name === newName.replace(/^\//, '')) throw invalidParameter(`Renaming a container with the same name as its current name`);
  if (!VALID_NAME.test(newName)) throw invalidParameter(`Error when allocating new name: Invalid container name (/${newName.replace(/^\//, '')}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const clash = findByName(s, newName);
  if (clash) throw conflict(`Error when allocating new name: Conflict. The container name "/${newName}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`);
  c.name = newName;
}

