import type { ApiValue } from '../../../../sim/daemon/api-value.js';
import { quote } from '../../../go-template/quote.js';
import { GoMethod, type GoStruct, type GoValue } from '../../../go-template/index.js';
import { formatterContext } from '../format/context.js';
import { ago, ellipsis, goTimeString, humanSize, truncateId } from '../format/units.js';

/**
 * formatter.ContainerContext: what `docker ps --format` templates see. Every field is a
 * method of the CLI's struct, computed from the daemon's container summary.
 */

interface Port {
  readonly IP?: string;
  readonly PrivatePort: number;
  readonly PublicPort?: number;
  readonly Type: string;
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** formatter.DisplayablePorts: sorted, consecutive ports compacted to ranges, mappings last. */
export function displayablePorts(input: readonly Port[]): string {
  const ports = [...input].sort((a, b) => {
    if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
    const ai = a.IP ?? '';
    const bi = b.IP ?? '';
    if (ai !== bi) return ai < bi ? -1 : 1;
    if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
    return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
  });
  const groups = new Map<string, { first: number; last: number }>();
  const order: string[] = [];
  const result: string[] = [];
  const mappings: string[] = [];
  const form = (key: string, start: number, last: number) => {
    const [a = '', b] = key.split('/');
    const ip = b === undefined ? '' : a;
    const type = b === undefined ? a : b;
    let g = start === last ? String(start) : `${start}-${last}`;
    if (ip !== '') g = `${joinHostPort(ip, g)}->${g}`;
    return `${g}/${type}`;
  };
  for (const p of ports) {
    const current = p.PrivatePort;
    let key = p.Type;
    if (p.IP !== undefined && p.IP !== '') {
      if (p.PublicPort !== current) {
        mappings.push(`${joinHostPort(p.IP, String(p.PublicPort ?? 0))}->${p.PrivatePort}/${p.Type}`);
        continue;
      }
      key = `${p.IP}/${p.Type}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: current, last: current });
      order.push(key);
      continue;
    }
    if (current === g.last + 1) {
      g.last = current;
      continue;
    }
    result.push(form(key, g.first, g.last));
    groups.set(key, { first: current, last: current });
  }
  for (const key of order) {
    const g = groups.get(key);
    if (g) result.push(form(key, g.first, g.last));
  }
  return [...result, ...mappings].join(', ');
}

type Summary = { readonly [k: string]: ApiValue };

export interface ContextOptions {
  readonly trunc: boolean;
  readonly now: number;
  /** The image's size when sizes were asked for (`-s`, `.Size`), for "(virtual …)". */
  readonly sizeRootFs?: number;
}

const str = (v: ApiValue | undefined): string => (typeof v === 'string' ? v : '');

/** The methods of formatter.ContainerContext, each computed when a template calls it. */
export function containerFields(summary: ApiValue, o: ContextOptions): { fields: Record<string, () => GoValue>; labels: ReadonlyMap<string, string> } {
  const c = summary as Summary;
  const id = str(c.Id);
  const names = ((c.Names as readonly string[] | undefined) ?? []).map((n) => n.slice(1));
  const labels = c.Labels instanceof Map ? (c.Labels as ReadonlyMap<string, string>) : new Map<string, string>();
  const created = Number(c.Created ?? 0) * 1000;
  const networks = (c.NetworkSettings as { Networks?: ReadonlyMap<string, ApiValue> } | undefined)?.Networks;
  const mounts = ((c.Mounts as readonly { readonly Name?: ApiValue; readonly Source?: ApiValue; readonly Driver?: ApiValue }[] | undefined) ?? []);
  const fields: Record<string, () => GoValue> = {
    Command: () => quote(o.trunc ? ellipsis(str(c.Command), 20) : str(c.Command)),
    CreatedAt: () => goTimeString(created),
    ID: () => (o.trunc ? truncateId(id) : id),
    Image: () => {
      const image = str(c.Image);
      if (image === '') return '<no image>';
      if (o.trunc && truncateId(str(c.ImageID)) === truncateId(image)) return truncateId(image);
      return image;
    },
    Labels: () => [...labels].map(([k, v]) => `${k}=${v}`).sort().join(','),
    // formatter.ContainerContext: the volumes of the local driver; each mount by its volume name or source.
    LocalVolumes: () => String(mounts.filter((m) => m.Driver === 'local').length),
    Mounts: () => mounts.map((m) => {
      const name = str(m.Name) || str(m.Source);
      return o.trunc ? ellipsis(name, 15) : name;
    }).join(','),
    Names: () => {
      let list = names;
      if (o.trunc) {
        const own = list.find((n) => !n.includes('/'));
        if (own !== undefined) list = [own];
      }
      return list.join(',');
    },
    Networks: () => [...(networks?.keys() ?? [])].join(','),
    Platform: () => null,
    Ports: () => displayablePorts((c.Ports as readonly Port[] | undefined) ?? []),
    RunningFor: () => ago(o.now, created),
    Size: () => {
      const rw = humanSize(0);
      return o.sizeRootFs !== undefined && o.sizeRootFs > 0 ? `${rw} (virtual ${humanSize(o.sizeRootFs)})` : rw;
    },
    State: () => str(c.State),
    Status: () => str(c.Status),
  };
  return { fields, labels };
}

/** The struct a `docker ps` template row sees. */
export function containerContext(summary: ApiValue, o: ContextOptions): GoStruct {
  const { fields, labels } = containerFields(summary, o);
  return formatterContext('formatter.ContainerContext', fields, { Label: new GoMethod((name) => labels.get(String(name)) ?? '', ['string']) });
}

/** The header row of a `table` format: each field's column title (formatter.SubHeaderContext). */
export const CONTAINER_HEADERS: ReadonlyMap<string, GoValue> = new Map([
  ['ID', 'CONTAINER ID'], ['Names', 'NAMES'], ['Image', 'IMAGE'], ['Command', 'COMMAND'], ['CreatedAt', 'CREATED AT'],
  ['RunningFor', 'CREATED'], ['Ports', 'PORTS'], ['State', 'STATE'], ['Status', 'STATUS'], ['Size', 'SIZE'],
  ['Labels', 'LABELS'], ['Mounts', 'MOUNTS'], ['LocalVolumes', 'LOCAL VOLUMES'], ['Networks', 'NETWORKS'], ['Platform', 'PLATFORM'],
]);
