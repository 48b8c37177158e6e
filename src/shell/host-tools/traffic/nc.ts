import type { ProbeResult } from '../../../sim/net/reachability.js';
import type { CommandResult } from '../../command-result.js';
import type { Program } from '../../program.js';
import { lookup, netPlace, tcpProbe } from './net-context.js';

/**
 * nc -z (scan) only: busybox's nc (nc 1.10 compatible, as the busybox image builds it) in
 * containers, OpenBSD netcat (Ubuntu's nc) on the host. Recorded on this host with OpenBSD
 * netcat 1.219: `nc -zv localhost 28480`, `nc -zv 127.0.0.1 28481`, `nc -zv -w 1 10.78.0.2 80`.
 * Sending data (nc without -z) is not simulated.
 */
const notSimulated = (what: string): CommandResult => ({ stdout: '', stderr: `dockerlings: 'nc ${what}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 });

/** Ubuntu 22.04's /etc/services names for the ports lessons use. */
const SERVICES: Readonly<Record<number, string>> = { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt', 2375: 'docker', 2376: 'docker-s' };

interface NcArgs { readonly verbose: number; readonly zero: boolean; readonly wait?: number; readonly host: string; readonly port: string }

function parse(args: readonly string[]): NcArgs | string {
  let verbose = 0;
  let zero = false;
  let wait: number | undefined;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === 'v') verbose++;
      else if (f === 'z') zero = true;
      else if (f === 'n') continue;
      else if (f === 'w') {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return a;
        wait = Number(v);
        break;
      } else return a;
    }
  }
  const [host, port] = operands;
  if (!zero || host === undefined || port === undefined || operands.length > 2) return args.join(' ');
  return { verbose, zero, ...(wait !== undefined ? { wait } : {}), host, port };
}

function errnoText(r: ProbeResult): string {
  switch (r.kind) {
    case 'refused': return 'Connection refused';
    case 'rejected': return r.with === 'tcp-reset' || r.with === 'icmp-port-unreachable' ? 'Connection refused' : 'No route to host';
    case 'no-route': return 'Network is unreachable';
    case 'host-unreachable': return 'No route to host';
    default: return 'Connection timed out';
  }
}

function busyboxNc(o: NcArgs, ctx: Parameters<Program>[1]): CommandResult {
  if (!/^\d+$/.test(o.port) || Number(o.port) > 65535) return { stdout: '', stderr: `nc: bad port '${o.port}'\n`, exitCode: 1 };
  const place = netPlace(ctx);
  const name = lookup(place, o.host);
  if (name.kind === 'nxdomain') return { stdout: '', stderr: `nc: bad address '${o.host}'\n`, exitCode: 1 };
  const r = tcpProbe(place, name.ip, Number(o.port));
  const dotted = `${name.ip}:${Number(o.port)}`;
  // A reset through docker-proxy comes after the connection was accepted: for -z it is open.
  if (r.kind === 'open' || r.kind === 'reset') return { stdout: '', stderr: o.verbose ? `${o.host} (${dotted}) open\n` : '', exitCode: 0 };
  const why = errnoText(r);
  const quietRefusal = o.verbose < 2 && why === 'Connection refused';
  return { stdout: '', stderr: o.verbose && !quietRefusal ? `nc: ${o.host} (${dotted}): ${why}\n` : '', exitCode: 1 };
}

function openbsdNc(o: NcArgs, ctx: Parameters<Program>[1]): CommandResult {
  if (!/^\d+$/.test(o.port)) return notSimulated(`-z ${o.host} ${o.port}`);
  const port = Number(o.port);
  const place = netPlace(ctx);
  const name = lookup(place, o.host);
  if (name.kind === 'nxdomain') return { stdout: '', stderr: `nc: getaddrinfo for host "${o.host}" port ${port}: Name or service not known\n`, exitCode: 1 };
  const shown = o.host === name.ip ? name.ip : `${o.host} (${name.ip})`;
  const r = tcpProbe(place, name.ip, port);
  if (r.kind === 'open' || r.kind === 'reset') {
    const service = SERVICES[port] ?? '*';
    return { stdout: '', stderr: o.verbose ? `Connection to ${o.host === name.ip ? name.ip : `${o.host} (${name.ip})`} ${port} port [tcp/${service}] succeeded!\n` : '', exitCode: 0 };
  }
  const line = r.kind === 'silent' && o.wait !== undefined
    ? `nc: connect to ${shown} port ${port} (tcp) timed out: Operation now in progress\n`
    : `nc: connect to ${shown} port ${port} (tcp) failed: ${errnoText(r)}\n`;
  return { stdout: '', stderr: o.verbose ? line : '', exitCode: 1 };
}

export const nc: Program = (args, ctx) => {
  const o = parse(args);
  if (typeof o === 'string') return notSimulated(o);
  return ctx.flavor === 'busybox' ? busyboxNc(o, ctx) : openbsdNc(o, ctx);
};
