import { processEnv } from '../../../../sim/daemon/container-env.js';
import { lookupExecutable } from '../../../../sim/daemon/container-runtime.js';
import { EngineError } from '../../../../sim/errors.js';
import type { ContainerPlace } from '../../../place.js';
import type { ProgramContext } from '../../../program.js';
import { planPid1, type Pid1Plan } from './pid1.js';

/** How the client is connected to the container it starts (`docker run` / `docker start -a -i`). */
export interface StartIo {
  /** The client waits and shows the container's output (run without -d, start -a). */
  readonly attach: boolean;
  /** The client's stdin goes to the container (-i). */
  readonly stdin: boolean;
}

export type StartResult =
  | { readonly ok: true; readonly stdout: string; readonly stderr: string; readonly exitCode: number }
  /** The daemon or runc refused: `message` is the daemon's text, `exitCode` what `docker run` exits with. */
  | { readonly ok: false; readonly message: string; readonly exitCode: number }
  | { readonly ok: false; readonly notSimulated: string };

/** cli/command/container/run.go toStatusError: 127 for a missing executable, 126 for permissions, else 125. */
export function statusOf(message: string): number {
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(message)) return 127;
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

/** What a terminal does to output: one stream, and every \n becomes \r\n. */
export function throughTty(stdout: string, stderr: string): string {
  return (stdout + stderr).replace(/\r?\n/g, '\r\n');
}

const FOREGROUND_NOTE = "dockerlings: this container keeps running in the foreground; the simulator detaches from it and leaves it running (on a real host the terminal would stay attached until Ctrl-C — use -d to run it in the background)\n";

/** The plan a start would follow, for callers that must refuse before creating anything. */
export function unsupportedPlan(ctx: ProgramContext, id: string): string | undefined {
  const c = ctx.host.engine.container(id);
  const plan = planPid1(ctx.host, c, c.config.tty || c.config.openStdin);
  return plan.kind === 'unsupported' ? plan.what : undefined;
}

function effectiveArgv(plan: Pid1Plan): readonly string[] | undefined {
  return plan.kind === 'once' || plan.kind === 'shell' ? plan.argv : undefined;
}

/**
 * Starts a created (or exited) container and lets its PID 1 do what it does: the daemon sets
 * up its network (and may refuse), runc looks for the executable (and may fail), then the
 * program runs once, or stays up, or takes over the terminal (`-it` with a shell).
 */
export function startWithPid1(ctx: ProgramContext, id: string, io: StartIo): StartResult {
  const engine = ctx.host.engine;
  const c = engine.container(id);
  const before = planPid1(ctx.host, c, c.config.tty || c.config.openStdin);
  if (before.kind === 'unsupported') return { ok: false, notSimulated: before.what };
  try {
    engine.containerStart(c.id, before.kind === 'service' ? before.listeners : []);
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, message: e.message, exitCode: statusOf(e.message) };
    throw e;
  }
  // Planned again now that the container has its address and start time (servers log them).
  const plan = planPid1(ctx.host, c, c.config.tty || c.config.openStdin);
  if (plan.kind === 'unsupported') return { ok: false, notSimulated: plan.what };
  const argv = effectiveArgv(plan);
  if (argv && argv[0] !== undefined) {
    const fs = ctx.host.daemon.rootfs.get(c.id);
    const path = c.config.env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    const found = fs ? lookupExecutable(fs, argv[0], c.config.workingDir || '/', path) : undefined;
    if (found && !found.ok) {
      const message = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: ${JSON.stringify(argv[0])}: ${found.reason}: unknown`;
      engine.containerStartFailed(c.id, message, found.exitCode);
      return { ok: false, message, exitCode: found.exitCode };
    }
  }
  const tty = c.config.tty;
  const shown = (stdout: string, stderr: string) => (tty ? { stdout: throughTty(stdout, stderr), stderr: '' } : { stdout, stderr });
  const log = (stdout: string, stderr: string) => {
    const out = shown(stdout, stderr);
    if (out.stdout || out.stderr) engine.containerAppendLogs(c.id, out);
  };
  // A script head with a command the simulator does not run is not run at all: PID 1 stays the
  // shell, waiting, as if its head had done its work.
  const prelude = plan.kind === 'service' && plan.prelude && plan.prelude.commands.every((n) => ctx.runsIn?.(c.id, n) === true) ? plan.prelude : undefined;
  const halfRun = plan.kind === 'service' && plan.prelude !== undefined && prelude === undefined;
  // The entrypoint script has exec'd its command: PID 1 is that program now.
  if (plan.kind !== 'exit' && !prelude && !halfRun) execPid1(ctx, c.id, plan.argv);
  switch (plan.kind) {
    case 'exit': {
      log(plan.stdout, plan.stderr);
      engine.containerExited(c.id, plan.code);
      return { ok: true, ...(io.attach ? shown(plan.stdout, plan.stderr) : { stdout: '', stderr: '' }), exitCode: plan.code };
    }
    case 'service': {
      let stdout = plan.stdout;
      let stderr = plan.stderr;
      if (prelude) {
        // PID 1, the shell, runs the script's head before the command that keeps it up.
        const head = ctx.execIn(c.id, [prelude.shell, '-c', prelude.script], '', { asPid1: true, ...(plan.env ? { env: plan.env } : {}) });
        const r = head === 'not-found' ? { stdout: '', stderr: '', exitCode: 127 } : head;
        stdout += r.stdout;
        stderr += r.stderr;
        if (prelude.joiner === '&&' && r.exitCode !== 0) {
          log(stdout, stderr);
          engine.containerExited(c.id, r.exitCode);
          return { ok: true, ...(io.attach ? shown(stdout, stderr) : { stdout: '', stderr: '' }), exitCode: r.exitCode };
        }
        execPid1(ctx, c.id, plan.argv);
      }
      if (plan.child && !halfRun) forkChild(ctx, c.id, plan.child);
      log(stdout, stderr);
      if (!io.attach) return { ok: true, stdout: '', stderr: '', exitCode: 0 };
      if (plan.finishesAfter !== undefined) {
        // `docker run busybox sleep 5`: the client waits as long as the program does.
        ctx.host.clock.tick(plan.finishesAfter * 1000);
        engine.containerExited(c.id, 0);
        return { ok: true, ...shown(stdout, stderr), exitCode: 0 };
      }
      const out = shown(stdout, stderr);
      return { ok: true, stdout: out.stdout, stderr: out.stderr + FOREGROUND_NOTE, exitCode: 0 };
    }
    case 'shell': {
      if (io.attach && io.stdin && tty) {
        const place: ContainerPlace = containerShellPlace(ctx, c.id, plan.shell, plan.env);
        ctx.enter(place);
        return { ok: true, stdout: '', stderr: '', exitCode: 0 };
      }
      if (io.attach && io.stdin) return runOnce(ctx, c.id, plan.argv, ctx.stdin, io, tty, '', '', plan.env);
      if (io.attach && tty) return { ok: true, stdout: '', stderr: FOREGROUND_NOTE, exitCode: 0 };
      return { ok: true, stdout: '', stderr: '', exitCode: 0 }; // waits on its terminal or open stdin
    }
    case 'once':
      if (plan.stdout || plan.stderr) log(plan.stdout, plan.stderr);
      return runOnce(ctx, c.id, plan.argv, io.stdin ? ctx.stdin : '', io, tty, plan.stdout, plan.stderr, plan.env);
  }
}

/** execve in PID 1: it becomes `argv` (nothing changes if it already is). */
function execPid1(ctx: ProgramContext, id: string, argv: readonly string[]): void {
  const procs = ctx.host.kernel.procs;
  const pid = ctx.host.engine.container(id).state.pid;
  const now = procs.get(pid);
  if (now && argv.length > 0 && now.argv.join('\0') !== argv.join('\0')) procs.exec(pid, argv);
}

/** The last command of PID 1's script, forked by a shell that does not exec it: PID 1's child. */
function forkChild(ctx: ProgramContext, id: string, argv: readonly string[]): void {
  const procs = ctx.host.kernel.procs;
  const pid1 = ctx.host.engine.container(id).state.pid;
  procs.spawn({ ppid: pid1, user: 'root', argv, started: ctx.host.clock.now(), pidns: id });
}

/** Runs PID 1's command to its end, logs what it wrote, and ends the container with its code. */
function runOnce(ctx: ProgramContext, id: string, argv: readonly string[], stdin: string, io: StartIo, tty: boolean, preOut = '', preErr = '', env?: ReadonlyMap<string, string>): StartResult {
  const engine = ctx.host.engine;
  // The command is PID 1 itself (runc execs it in place of `runc init`), not a process beside it.
  const r = ctx.execIn(id, argv, stdin, { asPid1: true, ...(env ? { env } : {}) });
  const result = r === 'not-found' ? { stdout: '', stderr: '', exitCode: 127 } : r;
  const out = tty ? { stdout: throughTty(result.stdout, result.stderr), stderr: '' } : { stdout: result.stdout, stderr: result.stderr };
  if (out.stdout || out.stderr) engine.containerAppendLogs(id, out);
  engine.containerExited(id, result.exitCode);
  if (!io.attach) return { ok: true, stdout: '', stderr: '', exitCode: result.exitCode };
  const pre = tty ? { stdout: throughTty(preOut, preErr), stderr: '' } : { stdout: preOut, stderr: preErr };
  return { ok: true, stdout: pre.stdout + out.stdout, stderr: pre.stderr + out.stderr, exitCode: result.exitCode };
}

/** The shell a learner lands in with `docker run -it`: the container's PID 1. */
export function containerShellPlace(ctx: ProgramContext, id: string, shell: string, extraEnv?: ReadonlyMap<string, string>): ContainerPlace {
  const c = ctx.host.engine.container(id);
  const env = new Map(processEnv(ctx.host.daemon, c).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
  for (const [k, v] of extraEnv ?? []) env.set(k, v); // what the entrypoint exported before exec
  return { kind: 'container', containerId: c.id, shell, entered: 'run', pid: c.state.pid, cwd: c.config.workingDir || '/', env, vars: new Map(env) };
}
