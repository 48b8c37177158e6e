/**
 * The Engine API's JSON as `docker network inspect` and `docker inspect` print it, read into
 * the few fields the picture needs. Tolerant: a field that is missing or null is skipped, so a
 * newer engine's extra fields or an older one's gaps do not break the picture.
 */
type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The JSON array at the start of a command's output (a later `Error: No such object` on stderr is fine). */
export function jsonArray(stdout: string): unknown[] {
  const start = stdout.indexOf('[');
  if (start < 0) return [];
  try {
    return arr(JSON.parse(stdout.slice(start)));
  } catch {
    return [];
  }
}

export interface InspectedNetwork {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly scope: string;
  readonly internal: boolean;
  readonly subnet?: string;
  readonly gateway?: string;
  readonly options: ReadonlyMap<string, string>;
  readonly peers?: readonly { readonly name: string; readonly ip: string }[];
  /** Endpoints by container ID: name and IPv4Address (`172.18.0.2/16`). */
  readonly endpoints: readonly { readonly containerId: string; readonly name: string; readonly address: string }[];
}

export function parseNetworks(stdout: string): InspectedNetwork[] {
  return jsonArray(stdout).map((raw) => {
    const n = obj(raw);
    const config = obj(arr(obj(n.IPAM).Config)[0]);
    const options = new Map(Object.entries(obj(n.Options)).map(([k, v]) => [k, str(v)] as const));
    const peers = arr(n.Peers).map((p) => ({ name: str(obj(p).Name), ip: str(obj(p).IP) }));
    const endpoints = Object.entries(obj(n.Containers)).map(([id, e]) => ({ containerId: id, name: str(obj(e).Name), address: str(obj(e).IPv4Address) }));
    return {
      id: str(n.Id), name: str(n.Name), driver: str(n.Driver), scope: str(n.Scope), internal: n.Internal === true,
      ...(str(config.Subnet) ? { subnet: str(config.Subnet) } : {}),
      ...(str(config.Gateway) ? { gateway: str(config.Gateway) } : {}),
      options,
      ...(n.Peers ? { peers } : {}),
      endpoints,
    };
  });
}

export interface InspectedContainer {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly state: string;
  readonly exitCode: number;
  readonly pid: number;
  /** HostConfig.NetworkMode: default, bridge, host, none, container:<id>, a network's name. */
  readonly networkMode: string;
  readonly exposed: readonly string[];
  readonly networks: readonly { readonly name: string; readonly networkId: string; readonly ip: string; readonly prefix: number; readonly mac: string; readonly gateway: string }[];
  /** NetworkSettings.Ports: `80/tcp` → its bindings (null when not published). */
  readonly ports: readonly { readonly key: string; readonly hostIp: string; readonly hostPort: string }[];
}

export function parseContainers(stdout: string): InspectedContainer[] {
  return jsonArray(stdout).map((raw) => {
    const c = obj(raw);
    const state = obj(c.State);
    const settings = obj(c.NetworkSettings);
    const networks = Object.entries(obj(settings.Networks)).map(([name, e]) => {
      const ep = obj(e);
      return { name, networkId: str(ep.NetworkID), ip: str(ep.IPAddress), prefix: num(ep.IPPrefixLen), mac: str(ep.MacAddress), gateway: str(ep.Gateway) };
    });
    const ports = Object.entries(obj(settings.Ports)).flatMap(([key, list]) => arr(list).map((b) => ({ key, hostIp: str(obj(b).HostIp), hostPort: str(obj(b).HostPort) })));
    return {
      id: str(c.Id), name: str(c.Name).replace(/^\//, ''), image: str(obj(c.Config).Image), state: str(state.Status),
      exitCode: num(state.ExitCode), pid: num(state.Pid), networkMode: str(obj(c.HostConfig).NetworkMode),
      exposed: Object.keys(obj(obj(c.Config).ExposedPorts)), networks, ports,
    };
  });
}
