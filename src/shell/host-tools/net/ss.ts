import { type BoundSocket, boundSockets } from '../../../sim/daemon/listening-sockets.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { notSimulated } from './not-simulated.js';
import { serviceName } from './services.js';
import { parseSsFilter } from './ss-filter.js';

/**
 * iproute2's `ss` (6.1) for TCP and UDP: `-t -u -l -a -n -p -4 -6 -H` in any combination.
 * Its columns are as wide as their widest cell (the compact layout ss uses when stdout is
 * not a terminal); addresses right-aligned against their `:`, ports left-aligned. Only root
 * sees which process owns a socket. Nothing is ever connected in the simulator, so only
 * bound sockets show. A filter (`sport = :8080`, see ss-filter.ts) may follow the options.
 * Other socket families, filters and options are not simulated.
 */
interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  readonly delim: string;
}

const COLUMNS: readonly Column[] = [
  { header: 'Netid', align: 'left', delim: '' },
  { header: 'State', align: 'left', delim: ' ' },
  { header: 'Recv-Q', align: 'left', delim: ' ' },
  { header: 'Send-Q', align: 'left', delim: ' ' },
  { header: 'Local Address:', align: 'right', delim: ' ' },
  { header: 'Port', align: 'left', delim: '' },
  { header: 'Peer Address:', align: 'right', delim: ' ' },
  { header: 'Port', align: 'left', delim: '' },
  { header: 'Process', align: 'left', delim: '' },
];

const SHORT: Record<string, string> = { t: 'tcp', u: 'udp', l: 'listening', a: 'all', n: 'numeric', p: 'processes', '4': 'ipv4', '6': 'ipv6', H: 'no-header' };
const LONG = new Set(Object.values(SHORT));
/** Valid ss options the simulator does not do. */
const OTHER = new Set('hVreomisdwxfAOMSbEZzNKTDF0'.split(''));

/** Renders rows (cells per column) as ss does: the first shown column has no delimiter. */
function render(rows: readonly (readonly string[])[], shown: readonly boolean[]): string {
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const first = shown.indexOf(true);
  return rows.map((r) => COLUMNS.map((col, c) => {
    if (!shown[c]) return '';
    const cell = r[c] ?? '';
    const pad = ' '.repeat(widths[c] as number - cell.length);
    return (c === first ? '' : col.delim) + (col.align === 'right' ? pad + cell : cell + pad);
  }).join('')).map((l) => `${l}\n`).join('');
}

function addressText(s: BoundSocket): string {
  const a = s.dualStack ? '*' : s.family === 6 ? `[${s.address}]` : s.address;
  return `${a}${s.device ? `%${s.device}` : ''}:`;
}

export function ssProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  const o = new Set<string>();
  const filterWords: string[] = [];
  for (const a of args) {
    if (!a.startsWith('-') || a === '-') filterWords.push(a);
    else if (a.startsWith('--') && LONG.has(a.slice(2))) o.add(a.slice(2));
    else if (/^-[^-]/.test(a) && [...a.slice(1)].every((ch) => SHORT[ch] !== undefined)) for (const ch of a.slice(1)) o.add(SHORT[ch] as string);
    else if (/^-[^-]/.test(a) && [...a.slice(1)].every((ch) => SHORT[ch] !== undefined || OTHER.has(ch))) return notSimulated('ss', args);
    else return notSimulated('ss', args);
  }
  if (!o.has('tcp') && !o.has('udp')) return notSimulated('ss', args);
  const filter = parseSsFilter(filterWords);
  if ('unsupported' in filter) return notSimulated('ss', args);
  if ('error' in filter) return fail(filter.error, 1);
  const bothFamilies = !o.has('ipv4') && !o.has('ipv6');
  const wantFamily = (f: 4 | 6) => bothFamilies || o.has(f === 4 ? 'ipv4' : 'ipv6');
  const listening = o.has('listening') || o.has('all') || filter.listeningOnly;
  const protos = (['udp', 'tcp'] as const).filter((p) => o.has(p));
  const bound = listening ? boundSockets(ctx.host.daemon, ctx.netns) : [];
  const sockets = protos.flatMap((p) => ([4, 6] as const).flatMap((f) => bound.filter((s) => s.proto === p && s.family === f && wantFamily(f) && filter.test(s))));
  // Only root sees other users' processes: on the host all of them (a container's by its host
  // PID, `--network host` ones included), in a container those of its own PID namespace, by their PID there.
  const owner = (sock: BoundSocket): string => {
    if (!o.has('processes') || ctx.cred.uid !== 0 || !sock.owner) return '';
    const p = ctx.host.kernel.procs.get(sock.owner.pid);
    if (!p || (ctx.container && p.pidns !== ctx.container.id)) return '';
    return ` users:(("${sock.owner.comm}",pid=${ctx.container ? p.nsPid : p.pid},fd=${sock.owner.fd}))`;
  };
  const port = (s: BoundSocket) => (o.has('numeric') ? undefined : serviceName(s.port, s.proto)) ?? String(s.port);
  const rows = sockets.map((s) => [
    s.proto, s.proto === 'tcp' ? 'LISTEN' : 'UNCONN', '0', String(s.backlog), addressText(s), port(s),
    s.dualStack ? '*:' : s.family === 6 ? '[::]:' : '0.0.0.0:', '*',
    owner(s),
  ]);
  const header = COLUMNS.map((c) => c.header);
  const shown = COLUMNS.map((_, c) => (c !== 0 || protos.length > 1) && (c !== 1 || !filter.listeningOnly));
  return ok(render(o.has('no-header') ? rows : [header, ...rows], shown));
}
