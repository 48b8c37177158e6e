import type { Container } from '../../../../sim/daemon/model.js';
import { EngineError } from '../../../../sim/errors.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagInt, flagString } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { encodeQuery } from '../format/query.js';
import { notSimulated } from '../not-simulated.js';
import { stopExitCode } from '../run/pid1.js';
import { startWithPid1 } from '../run/start-flow.js';

/**
 * start, stop, restart, kill, rm, pause, unpause, wait, rename: one daemon call per container,
 * the container's name echoed on success, the daemon's errors collected as the CLI does
 * (errors.Join: one per line on stderr, exit 1).
 */

type Outcome = { readonly out?: string; readonly err?: string; readonly counted?: boolean };

/** Runs `op` on each argument in order; prints names/lines and errors as the CLI's loops do. */
function eachContainer(inv: DockerInvocation, request: (ref: string) => [method: 'POST' | 'DELETE' | 'GET' | 'HEAD', path: string], op: (ref: string) => Outcome): CommandResult {
  let stdout = '';
  let stderr = '';
  let failed = false;
  for (const ref of inv.args) {
    const [method, path] = request(ref);
    const denied = inv.dial(method, path);
    if (denied) {
      stderr += `${denied}\n`;
      failed = true;
      continue;
    }
    let r: Outcome;
    try {
      r = op(ref);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      r = { err: `Error response from daemon: ${e.message}` };
    }
    if (r.out !== undefined) stdout += `${r.out}\n`;
    if (r.err !== undefined) {
      stderr += `${r.err}\n`;
      if (r.counted !== false) failed = true;
    }
  }
  return { stdout, stderr, exitCode: failed ? 1 : 0 };
}

const enc = encodeURIComponent;

/** Signal numbers and names `docker kill -s` accepts, to the name the daemon uses. */
function signalName(raw: string): string | undefined {
  const s = raw.toUpperCase().replace(/^SIG/, '');
  const byNumber: Record<string, string> = { '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '12': 'USR2', '15': 'TERM', '28': 'WINCH' };
  if (/^\d+$/.test(s)) return byNumber[s] ?? (Number(s) > 0 && Number(s) < 65 ? `SIG${s}` : undefined);
  return ['HUP', 'INT', 'QUIT', 'KILL', 'USR1', 'USR2', 'TERM', 'WINCH', 'STOP', 'CONT', 'ALRM', 'CHLD', 'PIPE'].includes(s) ? s : undefined;
}

/** PID 1 given `signal`: the exit code it ends with, or undefined if it ignores it. */
function afterSignal(inv: DockerInvocation, c: Container, signal: string): number | undefined {
  if (signal === 'KILL') return 137;
  const graceful = stopExitCode(inv.ctx.host, c);
  const numbers: Record<string, number> = { TERM: 15, INT: 2, QUIT: 3 };
  const n = numbers[signal];
  if (n === undefined || graceful === 137) return undefined;
  return graceful === 143 ? 128 + n : graceful;
  return undefined; // a PID 1 without a handler ignores the rest
}

/** `docker stop`: SIGTERM, then SIGKILL after the timeout (the simulated clock moves on by it). */
function stopOne(inv: DockerInvocation, c: Container, timeout: number): void {
  if (c.state.status !== 'running' && c.state.status !== 'paused') return;
  const code = c.state.status === 'paused' ? 137 : stopExitCode(inv.ctx.host, c);
  if (code === 137 && timeout > 0) inv.ctx.host.clock.tick(timeout * 1000);
  inv.engine.containerExited(c.id, code);
}

function timeoutOf(inv: DockerInvocation): number | undefined {
  return flagInt(inv.flags, 'timeout') ?? flagInt(inv.flags, 'time');
}

function runStop(inv: DockerInvocation): CommandResult {
  if (inv.flags.values.has('time') && inv.flags.values.has('timeout')) return fail('conflicting options: cannot specify both --timeout and --time\n', 1);
  const t = timeoutOf(inv);
  const signal = flagString(inv.flags, 'signal');
  const note = inv.flags.values.has('time') ? 'Flag --time has been deprecated, use --timeout instead\n' : '';
  const r = eachContainer(inv, (ref) => ['POST', `/containers/${enc(ref)}/stop${encodeQuery({ signal, t: t === undefined ? undefined : String(t) })}`], (ref) => {
    const c = inv.engine.container(ref);
    if (signal !== undefined && signal !== 'TERM' && signal !== 'SIGTERM') return { err: notSimulated(`docker stop --signal ${signal}`).stderr.trimEnd() };
    stopOne(inv, c, t ?? 10);
    return { out: ref };
  });
  return { ...r, stderr: note + r.stderr };
}

function runRestart(inv: DockerInvocation): CommandResult {
  const t = timeoutOf(inv);
  return eachContainer(inv, (ref) => ['POST', `/containers/${enc(ref)}/restart${encodeQuery({ t: t === undefined ? undefined : String(t) })}`], (ref) => {
    const c = inv.engine.container(ref);
    stopOne(inv, c, t ?? 10);
    const started = startWithPid1(inv.ctx, c.id, { attach: false, stdin: false });
    if (!started.ok) return { err: 'notSimulated' in started ? notSimulated(`docker restart (${started.notSimulated})`).stderr.trimEnd() : `Error response from daemon: Cannot restart container ${ref}: ${started.message}` };
    return { out: ref };
  });
}

function runKill(inv: DockerInvocation): CommandResult {
  const raw = flagString(inv.flags, 'signal');
  const signal = raw === undefined ? 'KILL' : signalName(raw);
  return eachContainer(inv, (ref) => ['POST', `/containers/${enc(ref)}/kill${encodeQuery({ signal: raw })}`], (ref) => {
    if (signal === undefined) return { err: `Error response from daemon: Invalid signal: ${raw}` };
    let c: Container;
    try {
      c = inv.engine.container(ref);
    } catch (e) {
      if (e instanceof EngineError) return { err: `Error response from daemon: Cannot kill container: ${ref}: ${e.message}` };
      throw e;
    }
    if (c.state.status !== 'running' && c.state.status !== 'paused') return { err: `Error response from daemon: Cannot kill container: ${ref}: Container ${c.id} is not running` };
    const code = afterSignal(inv, c, signal);
    if (code !== undefined) inv.engine.containerExited(c.id, code);
    return { out: ref };
  });
}

function runRm(inv: DockerInvocation): CommandResult {
  const force = flagBool(inv.flags, 'force');
  if (flagBool(inv.flags, 'link')) return notSimulated('docker rm --link');
  const q = encodeQuery({ force: force ? '1' : undefined, v: flagBool(inv.flags, 'volumes') ? '1' : undefined });
  return eachContainer(inv, (ref) => ['DELETE', `/containers/${enc(ref.replace(/^\/+|\/+$/g, ''))}${q}`], (ref) => {
    const name = ref.replace(/^\/+|\/+$/g, '');
    if (name === '') return { err: 'container name cannot be empty' };
    try {
      inv.engine.containerRemove(name, { force, volumes: flagBool(inv.flags, 'volumes') });
    } catch (e) {
      if (e instanceof EngineError && force && e.category === 'notFound') return { err: `Error response from daemon: ${e.message}`, counted: false };
      throw e;
    }
    return { out: ref };
  });
}

function runPause(inv: DockerInvocation, pause: boolean): CommandResult {
  return eachContainer(inv, (ref) => ['POST', `/containers/${enc(ref)}/${pause ? 'pause' : 'unpause'}`], (ref) => {
    if (pause) inv.engine.containerPause(ref);
    else inv.engine.containerUnpause(ref);
    return { out: ref };
  });
}

/** What the simulator says where the real client would block on a running container. */
function wouldBlock(what: string): string {
  return `dockerlings: '${what}' on a running container would block until it stops; the simulator does not wait — stop it first, or try it with --backend docker`;
}

function runWait(inv: DockerInvocation): CommandResult {
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1);
  return eachContainer(inv, () => ['HEAD', '/_ping'], (ref) => {
    const c = inv.engine.container(ref);
    if (c.state.status === 'running' || c.state.status === 'paused') return { err: wouldBlock('docker wait') };
    return { out: String(c.state.exitCode) };
  });
}

function runStart(inv: DockerInvocation): CommandResult {
  const attach = flagBool(inv.flags, 'attach');
  const interactive = flagBool(inv.flags, 'interactive');
  for (const f of ['checkpoint', 'checkpoint-dir', 'detach-keys']) if (inv.flags.values.has(f)) return notSimulated(`docker start --${f}`);
  if (attach || interactive) {
    if (inv.args.length > 1) return fail('you cannot start and attach multiple containers at once\n', 1);
    const ref = inv.args[0] as string;
    const denied = inv.dial('GET', `/containers/${enc(ref)}/json`);
    if (denied) return fail(`${denied}\n`, 1);
    let c: Container;
    try {
      c = inv.engine.container(ref);
    } catch (e) {
      if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
      throw e;
    }
    if (c.state.status === 'running') return fail(`${wouldBlock('docker start -a')}\n`, 1);
    const r = startWithPid1(inv.ctx, c.id, { attach: true, stdin: interactive && c.config.openStdin });
    if (!r.ok) return 'notSimulated' in r ? notSimulated(`docker start (${r.notSimulated})`) : fail(`Error response from daemon: ${r.message}\n`, 1);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  }
  let stdout = '';
  let stderr = '';
  const failed: string[] = [];
  for (const ref of inv.args) {
    const denied = inv.dial('POST', `/containers/${enc(ref)}/start`);
    let error: string | undefined = denied;
    if (!error) {
      try {
        const c = inv.engine.container(ref);
        const started = c.state.status === 'running' ? undefined : startWithPid1(inv.ctx, c.id, { attach: false, stdin: false });
        if (started && !started.ok) error = 'notSimulated' in started ? notSimulated(`docker start (${started.notSimulated})`).stderr.trimEnd() : `Error response from daemon: ${started.message}`;
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        error = `Error response from daemon: ${e.message}`;
      }
    }
    if (error) {
      stderr += `${error}\n`;
      failed.push(ref);
    } else stdout += `${ref}\n`;
  }
  if (failed.length > 0) stderr += `Error: failed to start containers: ${failed.join(', ')}\n`;
  return { stdout, stderr, exitCode: failed.length > 0 ? 1 : 0 };
}

function runRename(inv: DockerInvocation): CommandResult {
  const [from = '', to = ''] = inv.args;
  const denied = inv.dial('POST', `/containers/${enc(from)}/rename${encodeQuery({ name: to })}`);
  const failure = (line: string) => fail(`${line}\nError: failed to rename container named ${from}\n`, 1);
  if (denied) return failure(denied);
  if (to.trim() === '' || from.trim() === '') return fail('Error: neither old nor new names may be empty\n', 1);
  try {
    inv.engine.containerRename(from, to);
  } catch (e) {
    if (e instanceof EngineError) return failure(`Error response from daemon: ${e.message}`);
    throw e;
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

const many = { kind: 'min', n: 1 } as const;
const pair = (name: string) => ({ path: `docker container ${name}`, also: [`docker ${name}`], helpFrom: `docker ${name}` });

export const lifecycleCommands: readonly AliasedCommand[] = [
  ...define({ ...pair('start'), args: many, run: runStart }),
  ...define({ ...pair('stop'), args: many, run: runStop }),
  ...define({ ...pair('restart'), args: many, run: runRestart }),
  ...define({ ...pair('kill'), args: many, run: runKill }),
  ...define({ ...pair('rm'), aliases: ['docker container remove'], args: many, run: runRm }),
  ...define({ ...pair('pause'), args: many, run: (inv) => runPause(inv, true) }),
  ...define({ ...pair('unpause'), args: many, run: (inv) => runPause(inv, false) }),
  ...define({ ...pair('wait'), args: many, run: runWait }),
  ...define({ ...pair('rename'), args: { kind: 'exact', n: 2 }, run: runRename }),
];
