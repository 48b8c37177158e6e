import { allowed, normalizePath } from '../../../sim/kernel/fs.js';
import type { ProbeResult } from '../../../sim/net/reachability.js';
import type { CommandResult } from '../../command-result.js';
import type { Program, ProgramContext } from '../../program.js';
import { connectDockerSocket } from '../system/systemctl.js';
import { type CurlOptions, parseCurlArgs } from './curl-options.js';
import { engineGet } from './docker-api.js';
import { httpGet } from './http-answer.js';
import { headLines } from './http-head.js';
import { lookup, netPlace, tcpProbe } from './net-context.js';
import { parseUrl } from './url.js';

/**
 * curl as Ubuntu 22.04 ships it (7.81.0): GET (and HEAD with -I) over http:// to the
 * simulated network, and the Engine API over --unix-socket. Its progress meter is not shown:
 * curl draws it only when stdout is not a terminal, and the learner's curl writes to one.
 * Error wording is 7.81's ("after 0 ms: Connection refused"; newer curls say "Couldn't
 * connect to server" there).
 */
const notSimulated = (what: string): CommandResult => ({ stdout: '', stderr: `dockerlings: 'curl ${what}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 });

/** How long the kernel tries a TCP connect nobody answers (6 SYN retries), as curl reports it. */
const KERNEL_CONNECT_TIMEOUT_MS = 130_083;
/** ARP gives up after 3 s: connect() then fails with EHOSTUNREACH. */
const ARP_TIMEOUT_MS = 3_071;

function failure(o: CurlOptions, code: number, text: string): CommandResult {
  const show = !o.silent || o.showError;
  return { stdout: '', stderr: show ? `curl: (${code}) ${text}\n` : '', exitCode: code };
}

function connectFailure(o: CurlOptions, r: ProbeResult, host: string, port: number): CommandResult | undefined {
  const after = (ms: number, why: string) => `Failed to connect to ${host} port ${port} after ${ms} ms: ${why}`;
  const limit = o.connectTimeout ?? o.maxTime;
  switch (r.kind) {
    case 'refused': return failure(o, 7, after(0, 'Connection refused'));
    case 'rejected': return failure(o, 7, after(0, r.with === 'tcp-reset' || r.with === 'icmp-port-unreachable' ? 'Connection refused' : 'No route to host'));
    case 'host-unreachable': return limit !== undefined && limit * 1000 < ARP_TIMEOUT_MS ? failure(o, 28, `Connection timed out after ${Math.round(limit * 1000) + 1} milliseconds`) : failure(o, 7, after(ARP_TIMEOUT_MS, 'No route to host'));
    case 'no-route': return failure(o, 7, "Couldn't connect to server");
    case 'silent': return limit !== undefined ? failure(o, 28, `Connection timed out after ${Math.round(limit * 1000) + 1} milliseconds`) : failure(o, 28, after(KERNEL_CONNECT_TIMEOUT_MS, 'Connection timed out'));
    case 'reset': return failure(o, 56, 'Recv failure: Connection reset by peer');
    default: return undefined;
  }
}

function deliver(ctx: ProgramContext, o: CurlOptions, text: string): CommandResult {
  if (o.output === undefined || o.output === '-') return { stdout: text, stderr: '', exitCode: 0 };
  ctx.fs.writeFile(normalizePath(o.output, ctx.place.cwd), text, { uid: ctx.cred.uid, gid: ctx.cred.gids[0] ?? 0, mode: 0o644 });
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** Can this process connect to the socket at `path`? Its file's mode against the process's groups, and a listener behind it. */
function socketOpen(ctx: ProgramContext, path: string): boolean {
  const node = ctx.fs.lookup(normalizePath(path, ctx.place.cwd));
  if (!node || node.type !== 'socket') return false;
  if (!allowed(node, ctx.cred, 2)) return false;
  if (!/(^|\/)docker\.sock$/.test(path)) return false;
  connectDockerSocket(ctx);
  return ctx.host.dockerdUp;
}

function overSocket(ctx: ProgramContext, o: CurlOptions, raw: string): CommandResult {
  if (o.head || o.include || (o.method !== undefined && o.method !== 'GET')) return notSimulated(`--unix-socket ${o.head ? '-I' : o.include ? '-i' : `-X ${o.method ?? ''}`}`);
  const url = parseUrl(raw);
  if (!url) return notSimulated(raw);
  if (!socketOpen(ctx, o.unixSocket ?? '')) return failure(o, 7, "Couldn't connect to server");
  const answer = engineGet(ctx.host, url.path);
  if (!answer) return notSimulated(`--unix-socket … ${url.path}`);
  return deliver(ctx, o, answer.body);
}

export const curl: Program = (args, ctx) => {
  const parsed = parseCurlArgs(args);
  if (!parsed.ok) return notSimulated(parsed.option);
  const o = parsed.options;
  if (o.url === undefined) return { stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  if (o.unixSocket !== undefined) return overSocket(ctx, o, o.url);
  const url = parseUrl(o.url);
  if (!url || url.scheme !== 'http') return notSimulated(o.url);
  if (o.method !== undefined && o.method !== 'GET' && !(o.method === 'HEAD' && o.head)) return notSimulated(`-X ${o.method}`);
  const place = netPlace(ctx);
  const name = lookup(place, url.host);
  if (name.kind === 'nxdomain') return failure(o, 6, `Could not resolve host: ${url.host}`);
  const r = tcpProbe(place, name.ip, url.port);
  const problem = connectFailure(o, r, url.host, url.port);
  if (problem || r.kind !== 'open') return problem ?? failure(o, 7, "Couldn't connect to server");
  const answer = httpGet(r.service.listener, url.path);
  if (!answer) return failure(o, 1, 'Received HTTP/0.9 when not allowed');
  if (!o.head && !o.include) return deliver(ctx, o, answer.body);
  const head = headLines(r.service.listener, answer, ctx.host.clock.now());
  if (!head) return notSimulated(o.head ? '-I' : '-i');
  return deliver(ctx, o, o.head ? head : head + answer.body);
};
