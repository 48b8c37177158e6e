import type { ApiValue } from './api-value.js';
import { containerJson } from './container-json.js';
import * as containers from './containers.js';
import * as runtime from './container-runtime.js';
import { type ContainerListOptions, listContainers } from './container-filters.js';
import { type Resolution, resolveFromContainer } from './dns.js';
import * as images from './images.js';
import { imageJson } from './image-json.js';
import { normalizeReference } from './image-catalogue.js';
import { notFound } from '../errors.js';
import { containerSummaries, imageSummaries } from './list-json.js';
import type { Container, Image, Listener, Network } from './model.js';
import { networkJson } from './network-json.js';
import * as networks from './networks.js';
import { type ConnectOptions, connectContainer, disconnectContainer } from './container-network.js';
import { type Filters, filterNetworks, validatePruneFilters } from './network-filters.js';
import * as swarm from './swarm.js';
import type { SwarmInitOptions, SwarmState } from './swarm.js';
import type { SwarmNode } from './swarm-cluster.js';
import { type SwarmJoinOptions, type SwarmJoinOutcome, swarmJoin } from './swarm-join.js';
import * as nodes from './swarm-nodes.js';
import type { DaemonState } from './state.js';
import { isManager, leaderState } from './swarm-cluster.js';

/**
 * The simulated dockerd: one method per Engine API operation the CLI uses. Methods return
 * API objects (as the REST API would answer) or model objects, and throw EngineError with
 * the daemon's own message and errdefs category.
 */
export class Engine {
  constructor(readonly state: DaemonState) {}

  // containers
  containerCreate(o: containers.CreateContainerOptions): Container {
    return containers.createContainer(this.state, o);
  }
  containerStart(ref: string, listeners: readonly Listener[] = []): Container {
    return containers.startContainer(this.state, ref, listeners);
  }
  /** PID 1 ended (it finished, or a stop/kill ended it). */
  containerExited(ref: string, exitCode: number, output?: { stdout: string; stderr: string }): Container {
    return containers.containerExited(this.state, ref, exitCode, output);
  }
  /** What the container's process wrote (json-file log driver): `docker logs` shows it. */
  containerAppendLogs(ref: string, out: { readonly stdout: string; readonly stderr: string }): Container {
    return runtime.appendLogs(this.state, ref, out);
  }
  /** runc could not start PID 1: the container stays created, with the error in its state. */
  containerStartFailed(ref: string, message: string, exitCode: number): Container {
    return runtime.startFailed(this.state, ref, message, exitCode);
  }
  /** `docker exec`'s create step: fails as the daemon does when a linked container is not running. */
  containerExecCreate(ref: string): Container {
    return runtime.execCreate(this.state, ref);
  }
  containerPause(ref: string): Container {
    return runtime.pauseContainer(this.state, ref);
  }
  containerUnpause(ref: string): Container {
    return runtime.unpauseContainer(this.state, ref);
  }
  containerRemove(ref: string, o: { force?: boolean; volumes?: boolean } = {}): Container {
    return containers.removeContainer(this.state, ref, o);
  }
  containerRename(ref: string, name: string): void {
    containers.renameContainer(this.state, ref, name);
  }
  containerInspect(ref: string): ApiValue {
    return containerJson(this.state, containers.getContainer(this.state, ref));
  }
  containerList(all: boolean): ApiValue[] {
    return containerSummaries(this.state, all);
  }
  /** GET /containers/json with all/limit/filters, as `docker ps` asks (filter errors are the daemon's). */
  containerListFiltered(o: ContainerListOptions): ApiValue[] {
    return listContainers(this.state, o);
  }
  container(ref: string): Container {
    return containers.getContainer(this.state, ref);
  }
  findContainer(ref: string): Container | undefined {
    return containers.findContainer(this.state, ref);
  }
  resolveName(from: Container, name: string): Resolution {
    return resolveFromContainer(this.state, from, name);
  }

  // networks
  networkCreate(o: networks.CreateNetworkOptions): Network {
    return networks.createNetwork(this.state, o);
  }
  networkRemove(ref: string): Network {
    return networks.removeNetwork(this.swarmStoreFor(ref), ref);
  }
  /**
   * Where a network the CLI names lives: this daemon, or, for a manager other than the leader,
   * the swarm's store (the leader's) when it is a swarm network this node has no copy of.
   */
  private swarmStoreFor(ref: string): DaemonState {
    if (networks.findNetwork(this.state, ref) || !isManager(this.state)) return this.state;
    const store = leaderState(this.state);
    const there = store ? networks.findNetwork(store, ref) : undefined;
    return store && there?.scope === 'swarm' ? store : this.state;
  }
  /** The networks this daemon lists: its own, and on a manager other than the leader the swarm's. */
  private visibleNetworks(): Network[] {
    const own = [...this.state.networks.values()];
    const store = isManager(this.state) ? leaderState(this.state) : undefined;
    if (!store) return own;
    return [...own, ...[...store.networks.values()].filter((n) => n.scope === 'swarm' && !this.state.networks.has(n.id))];
  }
  /** POST /networks/prune: the names removed. Filters: `label`, `label!`, `until`. */
  networkPrune(filters: Filters = new Map()): string[] {
    validatePruneFilters(filters);
    return networks.pruneNetworks(this.state, filters);
  }
  networkInspect(ref: string): ApiValue {
    const store = this.swarmStoreFor(ref);
    return networkJson(store, networks.getNetwork(store, ref));
  }
  /** GET /networks: in the daemon's order (not sorted; the CLI sorts by name). */
  networkList(filters: Filters = new Map()): ApiValue[] {
    return filterNetworks(this.state, this.visibleNetworks(), filters).map((n) => networkJson(this.state, n, false));
  }
  /** The networks GET /networks would list, as model objects (for the CLI's typed values). */
  networkObjects(filters: Filters = new Map()): Network[] {
    return filterNetworks(this.state, this.visibleNetworks(), filters);
  }
  network(ref: string): Network {
    return networks.getNetwork(this.state, ref);
  }
  findNetwork(ref: string): Network | undefined {
    return networks.findNetwork(this.state, ref);
  }
  networkConnect(net: string, container: string, o: ConnectOptions = {}): void {
    connectContainer(this.state, net, container, o);
  }
  networkDisconnect(net: string, container: string): void {
    disconnectContainer(this.state, net, container);
  }

  // swarm
  swarmInit(o: SwarmInitOptions = {}): SwarmState {
    return swarm.swarmInit(this.state, o);
  }
  swarmLeave(force: boolean): void {
    swarm.swarmLeave(this.state, force);
  }
  /** GET /swarm: the join tokens (managers only). */
  swarmInspect(): SwarmState {
    return swarm.swarmInspect(this.state);
  }
  /** POST /swarm/join: through the lab's LAN to the manager at remoteAddr. */
  swarmJoin(o: SwarmJoinOptions): SwarmJoinOutcome {
    return swarmJoin(this.state, o);
  }
  /** GET /nodes: managers only. */
  nodeList(): readonly SwarmNode[] {
    return nodes.listNodes(this.state);
  }
  /** GET /nodes/{id} (`self`: this node). */
  nodeInspect(ref: string): SwarmNode {
    return nodes.inspectNode(this.state, ref);
  }
  /** DELETE /nodes/{id}: the node removed. */
  nodeRemove(ref: string, force: boolean): SwarmNode {
    return nodes.removeNode(this.state, ref, force);
  }

  // images
  imagePull(ref: string): images.PullOutcome {
    return images.pullImage(this.state, ref);
  }
  imageRemove(ref: string, force = false): { untagged: string[]; deleted: string[] } {
    return images.removeImage(this.state, ref, force);
  }
  imageList(): ApiValue[] {
    return imageSummaries(this.state);
  }
  /** GET /images/{name}/json: the image's inspect document; a miss reads as 20.10 words it. */
  imageInspect(ref: string): ApiValue {
    const image = images.findImage(this.state, ref);
    if (!image) throw notFound(`no such image: ${ref}: No such image: ${normalizeReference(ref)}`);
    return imageJson(image);
  }
  findImage(ref: string): Image | undefined {
    return images.findImage(this.state, ref);
  }
}
