import type { Container } from '../../../../sim/daemon/model.js';
import { EngineError } from '../../../../sim/errors.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { type AliasedCommand, define } from '../define.js';
import { familiar, pullWithOutput } from '../images/pull-stream.js';
import { notSimulated } from '../not-simulated.js';
import { RUN_VALIDATORS, type RunRequest, parseRunRequest } from './options.js';
import { startWithPid1, statusOf, unsupportedPlan } from './start-flow.js';

/** `docker: <message>\n\nRun 'docker run --help' …`: the CLI's withHelp, always naming run/create. */
export function withHelp(message: string, command: 'run' | 'create', exitCode = 125, stdout = ''): CommandResult {
  return fail(`docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`, exitCode, stdout);
}

const HIDDEN = [
  { long: 'net', kind: 'strings' as const },
  { long: 'net-alias', kind: 'strings' as const },
  { long: 'dns-opt', kind: 'strings' as const },
];

type Created = { readonly ok: true; readonly container: Container; readonly stderr: string } | { readonly ok: false; readonly result: CommandResult };

/**
 * The create half of run/create: the daemon creates the container; if the image is missing it
 * answers "not found", and the CLI pulls it (its stream on stderr) and tries again.
 */
function createContainer(inv: DockerInvocation, req: RunRequest, command: 'run' | 'create'): Created {
  const engine = inv.engine;
  let stderr = '';
  const refused = (message: string): Created => ({
    ok: false,
    result: command === 'run'
      ? { stdout: '', stderr: `${stderr}docker: Error response from daemon: ${message}\n\nRun 'docker run --help' for more information\n`, exitCode: 125 }
      : fail(`${stderr}Error response from daemon: ${message}\n`, 1),
  });
  if (!engine.findImage(req.image)) {
    stderr += `Unable to find image '${familiar(req.image)}' locally\n`;
    const pulled = pullWithOutput(engine, req.image);
    if (!pulled.ok) return refused(pulled.error);
    stderr += pulled.text;
  }
  try {
    const container = engine.containerCreate(req.options);
    if (req.options.hostConfig.networkMode === 'host' && req.options.hostConfig.portBindings.length > 0) {
      stderr += 'WARNING: Published ports are discarded when using host network mode\n';
    }
    return { ok: true, container, stderr };
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    return refused(e.message);
  }
}

function parse(inv: DockerInvocation, command: 'run' | 'create'): { ok: true; req: RunRequest } | { ok: false; result: CommandResult } {
  const place = inv.ctx.place;
  const r = parseRunRequest(inv.flags, inv.args, inv.ctx.env, place.cwd);
  if (r.ok) return r;
  if ('notSimulated' in r) return { ok: false, result: notSimulated(`docker ${command} ${r.notSimulated}`) };
  return { ok: false, result: withHelp(r.error, command) };
}

function runCreate(inv: DockerInvocation): CommandResult {
  const p = parse(inv, 'create');
  if (!p.ok) return p.result;
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1);
  const created = createContainer(inv, p.req, 'create');
  if (!created.ok) return created.result;
  return { stdout: `${created.container.id}\n`, stderr: created.stderr, exitCode: 0 };
}

function runRun(inv: DockerInvocation): CommandResult {
  const p = parse(inv, 'run');
  if (!p.ok) return p.result;
  const { req } = p;
  if (req.detach && req.attach.length > 0) return withHelp('conflicting options: cannot specify both --attach and --detach', 'run', 125);
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return withHelp(denied, 'run', statusOf(denied));
  const created = createContainer(inv, req, 'run');
  if (!created.ok) return created.result;
  const c = created.container;
  const unsupported = unsupportedPlan(inv.ctx, c.id);
  if (unsupported) {
    inv.engine.containerRemove(c.id, { force: true });
    return notSimulated(`docker run (${unsupported})`);
  }
  const attachStdin = req.interactive || req.attach.includes('stdin');
  const started = startWithPid1(inv.ctx, c.id, { attach: !req.detach, stdin: !req.detach && attachStdin });
  const idLine = req.detach ? `${c.id}\n` : '';
  if (!started.ok) {
    if ('notSimulated' in started) return notSimulated(`docker run (${started.notSimulated})`);
    return { stdout: idLine, stderr: `${created.stderr}docker: Error response from daemon: ${started.message}\n\nRun 'docker run --help' for more information\n`, exitCode: started.exitCode };
  }
  return { stdout: idLine + started.stdout, stderr: created.stderr + started.stderr, exitCode: req.detach ? 0 : started.exitCode };
}

export const runCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker container run', also: ['docker run'], helpFrom: 'docker run', args: { kind: 'min', n: 1 }, interspersed: false, hidden: HIDDEN, validators: RUN_VALIDATORS, run: runRun }),
  ...define({ path: 'docker container create', also: ['docker create'], helpFrom: 'docker create', args: { kind: 'min', n: 1 }, interspersed: false, hidden: HIDDEN, validators: RUN_VALIDATORS, run: runCreate }),
];
