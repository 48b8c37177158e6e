import { processEnv } from '../../../../sim/daemon/container-env.js';
import { lookupExecutable } from '../../../../sim/daemon/container-runtime.js';
import type { Container } from '../../../../sim/daemon/model.js';
import { normalizePath } from '../../../../sim/kernel/fs.js';
import { EngineError } from '../../../../sim/errors.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { ContainerPlace } from '../../../place.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagString, flagStrings } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { notSimulated } from '../not-simulated.js';
import { RUN_VALIDATORS } from '../run/options.js';
import { throughTty } from '../run/start-flow.js';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** runc exec's failures reach the client through the attached stream: stdout, CRLF-ended, exit 126. */
function ociExecFailed(reason: string): CommandResult {
  return { stdout: `OCI runtime exec failed: exec failed: unable to start container process: ${reason}: unknown\r\n`, stderr: '', exitCode: 126 };
}

/**
 * `docker exec`: a new process in a running container's namespaces. `-it` with a shell
 * enters it (the session's prompt becomes the container's); anything else runs to its end.
 */
function runExec(inv: DockerInvocation): CommandResult {
  const [ref = '', ...argv] = inv.args;
  const p = inv.flags;
  for (const f of ['privileged', 'env-file', 'detach-keys']) if (p.values.has(f)) return notSimulated(`docker exec --${f}`);
  const user = flagString(p, 'user');
  if (user !== undefined && !['', 'root', '0', '0:0'].includes(user)) return notSimulated(`docker exec --user ${user}`);
  const denied = inv.dial('GET', `/containers/${encodeURIComponent(ref)}/json`);
  if (denied) return fail(`${denied}\n`, 1);
  let c: Container;
  try {
    c = inv.engine.container(ref);
  } catch (e) {
    if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
    throw e;
  }
  if (c.state.status === 'paused') return fail(`Error response from daemon: Container ${ref} is paused, unpause the container before exec\n`, 1);
  if (c.state.status !== 'running') return fail(`Error response from daemon: Container ${c.id} is not running\n`, 1);
  try {
    inv.engine.containerExecCreate(c.id);
  } catch (e) {
    if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
    throw e;
  }
  const env = new Map<string, string>();
  for (const e of flagStrings(p, 'env')) {
    const i = e.indexOf('=');
    if (i >= 0) env.set(e.slice(0, i), e.slice(i + 1));
    else if (inv.ctx.env.has(e)) env.set(e, inv.ctx.env.get(e) as string);
  }
  const fs = inv.ctx.host.daemon.rootfs.get(c.id);
  const workdir = flagString(p, 'workdir');
  const cwd = workdir ? normalizePath(workdir, c.config.workingDir || '/') : c.config.workingDir || '/';
  if (fs && workdir && fs.lookup(cwd)?.type !== 'dir') return ociExecFailed(`chdir to cwd (${JSON.stringify(workdir)}) set in config.json failed: no such file or directory`);
  const path = env.get('PATH') ?? c.config.env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  const cmd = argv[0] as string;
  const found = fs ? lookupExecutable(fs, cmd, cwd, path) : undefined;
  if (found && !found.ok) return ociExecFailed(`exec: ${JSON.stringify(cmd)}: ${found.reason}`);
  const tty = flagBool(p, 'tty');
  const interactive = flagBool(p, 'interactive');
  if (flagBool(p, 'detach')) {
    inv.ctx.execIn(c.id, argv, '', { env, cwd });
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  if (tty && interactive && SHELLS.has(base(cmd)) && argv.length === 1) {
    const place = execShellPlace(inv, c, base(cmd), env, cwd);
    inv.ctx.enter(place);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const r = inv.ctx.execIn(c.id, argv, interactive ? inv.ctx.stdin : '', { env, cwd });
  const result = r === 'not-found' ? ociExecFailed(`exec: ${JSON.stringify(cmd)}: executable file not found in $PATH`) : r;
  if (!tty) return result;
  return { stdout: throughTty(result.stdout, result.stderr), stderr: '', exitCode: result.exitCode };
}

/** The shell `docker exec -it c bash` opens: a new process in the container, its own environment. */
function execShellPlace(inv: DockerInvocation, c: Container, shell: string, extra: ReadonlyMap<string, string>, cwd: string): ContainerPlace {
  const list = processEnv(inv.ctx.host.daemon, c, true, [...extra].map(([k, v]) => `${k}=${v}`));
  const env = new Map(list.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
  return { kind: 'container', containerId: c.id, shell: shell === 'bash' ? 'bash' : shell === 'zsh' ? 'zsh' : 'sh', entered: 'exec', cwd, env, vars: new Map(env) };
}

export const execCommands: readonly AliasedCommand[] = define({
  path: 'docker container exec',
  also: ['docker exec'],
  helpFrom: 'docker exec',
  args: { kind: 'min', n: 2 },
  interspersed: false,
  validators: { env: RUN_VALIDATORS.env as (raw: string) => string | undefined },
  run: runExec,
});
