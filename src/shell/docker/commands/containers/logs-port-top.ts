import { logEntries } from '../../../../sim/daemon/container-runtime.js';
import type { Container } from '../../../../sim/daemon/model.js';
import { rfc3339Nano } from '../../../../sim/clock.js';
import { EngineError } from '../../../../sim/errors.js';
import { DOCKER_WIDE_TABLE, tabwrite } from '../../../go-template/index.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagString } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { notSimulated } from '../not-simulated.js';

/** The container, after the client's first request (GET /containers/x/json) got through. */
function inspected(inv: DockerInvocation, ref: string, path = `/containers/${encodeURIComponent(ref)}/json`): Container | CommandResult {
  const denied = inv.dial('GET', path);
  if (denied) return fail(`${denied}\n`, 1);
  try {
    return inv.engine.container(ref);
  } catch (e) {
    if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
    throw e;
  }
}

const isResult = (x: Container | CommandResult): x is CommandResult => 'exitCode' in x;

/** `docker logs`: what PID 1 wrote, stdout and stderr each to their stream (a tty container's all to stdout). */
function runLogs(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  for (const f of ['since', 'until', 'details']) if (p.values.has(f)) return notSimulated(`docker logs --${f}`);
  const c = inspected(inv, inv.args[0] as string);
  if (isResult(c)) return c;
  let entries = [...logEntries(c)];
  if (entries.length === 0 && (c.logs.stdout || c.logs.stderr)) {
    entries = [...c.logs.stdout.split(/(?<=\n)/).filter(Boolean).map((text) => ({ stream: 'stdout' as const, text, time: c.state.startedAt })), ...c.logs.stderr.split(/(?<=\n)/).filter(Boolean).map((text) => ({ stream: 'stderr' as const, text, time: c.state.startedAt }))];
  }
  const tail = flagString(p, 'tail') ?? 'all';
  const n = /^\d+$/.test(tail) ? Number(tail) : -1;
  if (n >= 0) entries = n === 0 ? [] : entries.slice(-n);
  const stamp = flagBool(p, 'timestamps');
  let stdout = '';
  let stderr = '';
  for (const e of entries) {
    const line = `${stamp ? `${rfc3339Nano(e.time, 123456)} ` : ''}${e.text}`;
    if (e.stream === 'stdout' || c.config.tty) stdout += line;
    else stderr += line;
  }
  const following = flagBool(p, 'follow') && (c.state.status === 'running' || c.state.status === 'paused');
  if (following) stderr += "dockerlings: 'docker logs -f' would keep following this running container's output; the simulator stops here (on a real host, Ctrl-C ends it)\n";
  return { stdout, stderr, exitCode: 0 };
}

/** sortorder.NaturalLess: digit runs compare as numbers. */
function naturalLess(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** `docker port c [PORT[/PROTO]]`: the published mappings, from the container's inspect data. */
function runPort(inv: DockerInvocation): CommandResult {
  const [ref = '', spec] = inv.args;
  const c = inspected(inv, ref);
  if (isResult(c)) return c;
  const running = c.state.status === 'running' || c.state.status === 'paused';
  const ports = running ? c.ports : new Map<string, { hostIp: string; hostPort: string }[]>();
  const out: string[] = [];
  if (spec !== undefined) {
    const [port = '', protoRaw = ''] = spec.split('/');
    const proto = protoRaw === '' ? 'tcp' : protoRaw;
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      const why = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
      return fail(`Error: invalid port (${port}): strconv.ParseUint: parsing ${JSON.stringify(port)}: ${why}\n`, 1);
    }
    const frontends = ports.get(`${port}/${proto}`) ?? [];
    if (frontends.length === 0) return fail(`Error: No public port '${spec}' published for ${ref}\n`, 1);
    for (const f of frontends) out.push(joinHostPort(f.hostIp, f.hostPort));
  } else {
    for (const [from, frontends] of ports) for (const f of frontends) out.push(`${from} -> ${joinHostPort(f.hostIp, f.hostPort)}`);
  }
  out.sort(naturalLess);
  return { stdout: out.length > 0 ? `${out.join('\n')}\n` : '', stderr: '', exitCode: 0 };
}

/** `docker top c`: the daemon runs `ps -ef` on the host and keeps the container's processes. */
function runTop(inv: DockerInvocation): CommandResult {
  const [ref = '', ...psArgs] = inv.args;
  if (psArgs.length > 0) return notSimulated(`docker top ${ref} ${psArgs.join(' ')}`);
  const c = inspected(inv, ref, `/containers/${encodeURIComponent(ref)}/top`);
  if (isResult(c)) return c;
  if (c.state.status !== 'running' && c.state.status !== 'paused') return fail(`Error response from daemon: Container ${c.id} is not running\n`, 1);
  const procs = inv.ctx.host.kernel.procs.inNamespace(c.id).sort((a, b) => a.pid - b.pid);
  const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  const rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], ...procs.map((pr) => [pr.user, String(pr.pid), String(pr.ppid), '0', hhmm(pr.started), '?', '00:00:00', pr.argv.join(' ')])];
  return { stdout: tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', DOCKER_WIDE_TABLE), stderr: '', exitCode: 0 };
}

export const logsPortTopCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker container logs', also: ['docker logs'], helpFrom: 'docker logs', args: { kind: 'exact', n: 1 }, run: runLogs }),
  ...define({ path: 'docker container port', also: ['docker port'], helpFrom: 'docker port', args: { kind: 'range', min: 1, max: 2 }, run: runPort }),
  ...define({ path: 'docker container top', also: ['docker top'], helpFrom: 'docker top', args: { kind: 'min', n: 1 }, interspersed: false, run: runTop }),
];
