import type { Network } from '../../../sim/daemon/model.js';
import { GoMethod, type GoStruct, type GoValue, goStruct, goTimeString, goType, timeSpec, withMethods } from '../../go-template/index.js';
import type { TypeSpec } from '../../go-template/index.js';
import { rfc3339Nano } from '../../../sim/clock.js';

/**
 * What the docker CLI 28's templates see of a network.
 *
 * `docker network ls --format`: formatter's networkContext, every column a method computed
 * from the daemon's summary (IPv4 is "false" against Engine 20.10: API 1.41 has no EnableIPv4).
 * `docker network inspect -f`: the JSON decoded into the CLI's network.Inspect (API v28
 * types: EnableIPv4 appears, as false), then, if the template fails on it, the raw JSON.
 */

/** The struct a `docker network ls` template row sees. */
export function networkContext(n: Network, trunc: boolean): GoStruct {
  const labels = [...n.labels].map(([k, v]) => `${k}=${v}`).sort().join(',');
  const fields: Record<string, () => GoValue> = {
    CreatedAt: () => goTimeString(rfc3339Nano(n.created)),
    Driver: () => n.driver,
    ID: () => (trunc ? n.id.slice(0, 12) : n.id),
    IPv4: () => 'false',
    IPv6: () => 'false',
    Internal: () => String(n.internal),
    Labels: () => labels,
    Name: () => n.name,
    Scope: () => n.scope,
  };
  const struct: Record<string, GoMethod> = {};
  for (const [name, fn] of Object.entries(fields)) struct[name] = new GoMethod(fn);
  struct.Label = new GoMethod((name) => n.labels.get(String(name)) ?? '', ['string']);
  const json = () => new Map(Object.entries(fields).map(([k, fn]) => [k, fn()] as [string, GoValue]));
  return goStruct(struct, { type: 'network.networkContext', marshalJSON: json });
}

/**
 * The header row of a table: formatter.SubHeaderContext, a map of column titles whose Label
 * method titles a label column by the label's last dotted part, "-" and "_" as spaces.
 */
export function networkHeaders(): GoValue {
  const m = new Map<string, GoValue>([
    ['ID', 'NETWORK ID'], ['Name', 'NAME'], ['Driver', 'DRIVER'], ['Scope', 'SCOPE'], ['IPv4', 'IPV4'], ['IPv6', 'IPV6'],
    ['Internal', 'INTERNAL'], ['Labels', 'LABELS'], ['CreatedAt', 'CREATED AT'],
  ]);
  return withMethods(m, {
    Label: new GoMethod((name) => (String(name).split('.').pop() ?? '').replace(/[-_]/g, ' '), ['string']),
  });
}

export const NETWORK_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
export const NETWORK_RAW = 'network_id: {{.ID}}\nname: {{.Name}}\ndriver: {{.Driver}}\nscope: {{.Scope}}\n';

const { struct, field, map, slice } = goType;
const stringMap = map('string');

const endpointResource = struct('network.EndpointResource', [
  field('Name', 'string'), field('EndpointID', 'string'), field('MacAddress', 'string'), field('IPv4Address', 'string'), field('IPv6Address', 'string'),
]);

const ipamConfig = struct('network.IPAMConfig', [
  field('Subnet', 'string', ',omitempty'), field('IPRange', 'string', ',omitempty'), field('Gateway', 'string', ',omitempty'),
  field('AuxAddress', stringMap, 'AuxiliaryAddresses,omitempty'),
]);

const task = struct('network.Task', [field('Name', 'string'), field('EndpointID', 'string'), field('EndpointIP', 'string'), field('Info', stringMap)]);

/** network.Inspect of the API types vendored in docker CLI 28. */
export const NETWORK_INSPECT: TypeSpec = struct('network.Inspect', [
  field('Name', 'string'),
  field('ID', 'string', 'Id'),
  field('Created', timeSpec),
  field('Scope', 'string'),
  field('Driver', 'string'),
  field('EnableIPv4', 'bool'),
  field('EnableIPv6', 'bool'),
  field('IPAM', struct('network.IPAM', [field('Driver', 'string'), field('Options', stringMap), field('Config', slice(ipamConfig))])),
  field('Internal', 'bool'),
  field('Attachable', 'bool'),
  field('Ingress', 'bool'),
  field('ConfigFrom', struct('network.ConfigReference', [field('Network', 'string')])),
  field('ConfigOnly', 'bool'),
  field('Containers', map(endpointResource)),
  field('Options', stringMap),
  field('Labels', stringMap),
  field('Peers', slice(struct('network.PeerInfo', [field('Name', 'string'), field('IP', 'string')])), ',omitempty'),
  field('Services', map(struct('network.ServiceInfo', [field('VIP', 'string'), field('Ports', slice('string')), field('LocalLBIndex', 'int'), field('Tasks', slice(task))])), ',omitempty'),
]);
