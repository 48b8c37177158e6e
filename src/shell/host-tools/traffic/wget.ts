import { normalizePath } from '../../../sim/kernel/fs.js';
import type { ProbeResult } from '../../../sim/net/reachability.js';
import type { CommandResult } from '../../command-result.js';
import type { Program } from '../../program.js';
import { httpGet } from './http-answer.js';
import { lookup, netPlace, tcpProbe } from './net-context.js';
import { parseUrl } from './url.js';

/**
 * busybox wget: -q, -O FILE (- for stdout), -T SEC. Its progress line is printed once, at
 * 100%, as busybox does for a small page. Recorded with, e.g.:
 *   docker exec htr-b1 wget -O- http://172.17.0.11/      docker exec htr-w1 wget -O- htr-web:81
 */
const fail = (stderr: string): CommandResult => ({ stdout: '', stderr, exitCode: 1 });
const notSimulated = (what: string): CommandResult => ({ stdout: '', stderr: `dockerlings: 'wget ${what}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 });

function connectError(r: ProbeResult, ip: string, timeout: boolean): string | undefined {
  switch (r.kind) {
    case 'refused': return `wget: can't connect to remote host (${ip}): Connection refused\n`;
    case 'rejected': return `wget: can't connect to remote host (${ip}): ${r.with === 'tcp-reset' || r.with === 'icmp-port-unreachable' ? 'Connection refused' : 'No route to host'}\n`;
    case 'no-route': return `wget: can't connect to remote host (${ip}): Network is unreachable\n`;
    case 'host-unreachable': return `wget: can't connect to remote host (${ip}): No route to host\n`;
    case 'silent': return timeout ? 'wget: download timed out\n' : `wget: can't connect to remote host (${ip}): Connection timed out\n`;
    case 'reset': return 'wget: error getting response: Connection reset by peer\n';
    default: return undefined;
  }
}

const bar = (name: string, size: number): string => `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}| ${String(size).padStart(5)}  0:00:00 ETA\n`;

export const wget: Program = (args, ctx) => {
  let quiet = false;
  let output: string | undefined;
  let timeout = false;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('-') || a === '-') {
      urls.push(a);
      continue;
    }
    if (a.startsWith('--')) return notSimulated(a);
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      if (f === 'q') quiet = true;
      else if (f === 'O' || f === 'T') {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return notSimulated(a);
        if (f === 'O') output = v;
        else timeout = true;
        break;
      } else return notSimulated(a);
    }
  }
  const raw = urls[0];
  if (raw === undefined || urls.length > 1) return notSimulated(args.join(' '));
  const url = parseUrl(raw);
  if (!url || url.scheme !== 'http') return notSimulated(raw);
  const place = netPlace(ctx);
  const name = lookup(place, url.host);
  if (name.kind === 'nxdomain') return fail(`wget: bad address '${url.host}'\n`);
  let err = quiet ? '' : `Connecting to ${url.hostPort} (${name.ip}:${url.port})\n`;
  const r = tcpProbe(place, name.ip, url.port);
  const problem = connectError(r, name.ip, timeout);
  if (problem || r.kind !== 'open') return fail(err + (problem ?? ''));
  const answer = httpGet(r.service.listener, url.path);
  if (!answer) return fail(`${err}wget: error getting response: Connection reset by peer\n`);
  if (answer.status !== 200) return fail(`${err}wget: server returned error: HTTP/1.1 ${answer.status} ${answer.reason}\n`);
  const size = answer.body.length;
  if (output === '-') {
    if (!quiet) err += `writing to stdout\n${bar('-', size)}written to stdout\n`;
    return { stdout: answer.body, stderr: err, exitCode: 0 };
  }
  const file = output ?? (url.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
  const abs = normalizePath(file, ctx.place.cwd);
  if (output === undefined && ctx.fs.exists(abs)) return fail(`${err}wget: can't open '${file}': File exists\n`);
  ctx.fs.writeFile(abs, answer.body, { uid: ctx.cred.uid, gid: ctx.cred.gids[0] ?? 0, mode: 0o644 });
  if (!quiet) err += `saving to '${file}'\n${bar(file.split('/').pop() ?? file, size)}'${file}' saved\n`;
  return { stdout: '', stderr: err, exitCode: 0 };
};
