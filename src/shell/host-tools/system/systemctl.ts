import { MEM_TOTAL_KB } from '../../../sim/host-identity.js';
import type { Process } from '../../../sim/kernel/processes.js';
import { dockerUnits, socketActivation, startDockerd, stopDockerd } from '../../../sim/services.js';
import type { CommandResult } from '../../command-result.js';
import { stopExitCode } from '../../docker/commands/run/pid1.js';
import { startWithPid1 } from '../../docker/commands/run/start-flow.js';
import type { ProgramContext } from '../../program.js';
import { notSimulated } from './common.js';
import { traitsOf } from '../../../sim/kernel/process-traits.js';

// systemctl (systemd 249) for the units a Docker lesson touches: docker.service, docker.socket,
// containerd.service. Reading works for anyone; changing needs root (a normal user would need
// polkit to ask for a password, and without a terminal agent systemctl says so).

interface Unit {
  readonly name: string;
  readonly description: string;
  readonly path: string;
  readonly docs: string;
}

const UNITS: Readonly<Record<string, Unit>> = {
  'docker.service': { name: 'docker.service', description: 'Docker Application Container Engine', path: '/lib/systemd/system/docker.service', docs: 'https://docs.docker.com' },
  'docker.socket': { name: 'docker.socket', description: 'Docker Socket for the API', path: '/lib/systemd/system/docker.socket', docs: '' },
  'containerd.service': { name: 'containerd.service', description: 'containerd container runtime', path: '/lib/systemd/system/containerd.service', docs: 'https://containerd.io' },
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC`;
};
const journalStamp = (ms: number) => {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
};

/** systemd's format_timestamp_relative. */
export function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s >= 2 * 86400) return `${Math.floor(s / 86400)} days ${Math.floor((s % 86400) / 3600)}h ago`;
  if (s >= 25 * 3600) return `1 day ${Math.floor((s - 86400) / 3600)}h ago`;
  if (s >= 6 * 3600) return `${Math.floor(s / 3600)}h ago`;
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}min ago`;
  if (s >= 300) return `${Math.floor(s / 60)}min ago`;
  if (s >= 60) return `${Math.floor(s / 60)}min ${s % 60}s ago`;
  if (s >= 1) return `${s}s ago`;
  return ms > 0 ? `${ms}ms ago` : 'now';
}

function unitOf(arg: string): Unit | undefined {
  const name = arg.includes('.') ? arg : `${arg}.service`;
  return UNITS[name];
}

function isActive(ctx: ProgramContext, u: Unit): boolean {
  if (u.name === 'docker.service') return ctx.host.dockerdUp;
  if (u.name === 'docker.socket') return dockerUnits(ctx.host).socketActive;
  return true;
}

/** The processes in a unit's cgroup: dockerd and its proxies, or containerd and the shims. */
function unitProcesses(ctx: ProgramContext, u: Unit): Process[] {
  const procs = ctx.host.kernel.procs.list();
  if (u.name === 'docker.service') return procs.filter((p) => p.pidns === 'host' && (p.comm === 'dockerd' || p.comm === 'docker-proxy'));
  if (u.name === 'containerd.service') return procs.filter((p) => p.pidns === 'host' && (p.comm === 'containerd' || p.comm === 'containerd-shim'));
  return [];
}

/** The journal's last lines for the unit, for those who may read it (root, adm, systemd-journal). */
function journal(ctx: ProgramContext, u: Unit): string[] {
  if (u.name !== 'docker.service') return [];
  const units = dockerUnits(ctx.host);
  const at = units.dockerSince;
  const host = ctx.host.hostname;
  const pid = ctx.host.daemon.dockerdPid;
  const t = (ms: number, extra: number) => new Date(ms + extra).toISOString().replace('Z', `${String(extra * 7919 % 1000000).padStart(6, '0')}Z`);
  if (!ctx.host.dockerdUp) {
    const last = units.lastDockerd?.pid ?? pid;
    return [
      `${journalStamp(at)} ${host} systemd[1]: Stopping Docker Application Container Engine...`,
      `${journalStamp(at)} ${host} dockerd[${last}]: time="${t(at, 1)}" level=info msg="Processing signal 'terminated'"`,
      `${journalStamp(at)} ${host} dockerd[${last}]: time="${t(at, 9)}" level=info msg="Daemon shutdown complete"`,
      `${journalStamp(at)} ${host} systemd[1]: docker.service: Deactivated successfully.`,
      `${journalStamp(at)} ${host} systemd[1]: Stopped Docker Application Container Engine.`,
    ];
  }
  return [
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 212)}" level=info msg="Loading containers: start."`,
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 318)}" level=info msg="Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address"`,
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 351)}" level=info msg="Loading containers: done."`,
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 387)}" level=info msg="Docker daemon" commit=5d6db84 graphdriver(s)=overlay2 version=20.10.24+dfsg1`,
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 388)}" level=info msg="Daemon has completed initialization"`,
    `${journalStamp(at)} ${host} systemd[1]: Started Docker Application Container Engine.`,
    `${journalStamp(at)} ${host} dockerd[${pid}]: time="${t(at, 419)}" level=info msg="API listen on /run/docker.sock"`,
  ];
}

function canReadJournal(ctx: ProgramContext): boolean {
  const db = ctx.host.kernel.users;
  const allowedGids = ['adm', 'systemd-journal'].map((g) => db.group(g)?.gid);
  return ctx.cred.uid === 0 || ctx.cred.gids.some((g) => allowedGids.includes(g));
}

function status(ctx: ProgramContext, u: Unit): string {
  const now = ctx.host.clock.now();
  const units = dockerUnits(ctx.host);
  const active = isActive(ctx, u);
  const since = u.name === 'containerd.service' ? (ctx.host.kernel.procs.get(ctx.host.daemon.containerdPid)?.started ?? now) : units.dockerSince;
  const lines = [`${active ? '●' : '○'} ${u.name} - ${u.description}`];
  lines.push(`     Loaded: loaded (${u.path}; enabled; vendor preset: enabled)`);
  const socket = u.name === 'docker.socket';
  const running = socket ? (ctx.host.dockerdUp ? 'active (running)' : 'active (listening)') : 'active (running)';
  lines.push(`     Active: ${active ? running : 'inactive (dead)'} since ${stamp(since)}; ${ago(now - since)}`);
  if (u.name === 'docker.service') lines.push(`TriggeredBy: ${units.socketActive ? '●' : '○'} docker.socket`);
  if (socket) lines.push(`   Triggers: ${ctx.host.dockerdUp ? '●' : '○'} docker.service`);
  if (u.docs) lines.push(`       Docs: ${u.docs}`);
  if (socket) lines.push('     Listen: /run/docker.sock (Stream)');
  const procs = unitProcesses(ctx, u);
  const main = procs[0];
  if (active && main) {
    const tasks = procs.reduce((n, p) => n + traitsOf(p, false).threads, 0);
    const memKb = procs.reduce((n, p) => n + traitsOf(p, false).rss, 0);
    lines.push(`   Main PID: ${main.pid} (${main.comm})`);
    lines.push(`      Tasks: ${tasks} (limit: ${Math.floor(MEM_TOTAL_KB / 850)})`);
    lines.push(`     Memory: ${(memKb / 1024).toFixed(1)}M`);
    lines.push(`        CPU: ${u.name === 'docker.service' ? '1.254s' : '987ms'}`);
    lines.push(`     CGroup: /system.slice/${u.name}`);
    procs.forEach((p, i) => lines.push(`             ${i === procs.length - 1 ? '└─' : '├─'}${p.pid} ${p.argv.join(' ')}`));
  } else if (u.name === 'docker.service' && units.lastDockerd) {
    lines.push(`    Process: ${units.lastDockerd.pid} ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock (code=exited, status=0/SUCCESS)`);
    lines.push(`   Main PID: ${units.lastDockerd.pid} (code=exited, status=0/SUCCESS)`);
    lines.push(`        CPU: ${units.lastDockerd.cpu}`);
  }
  const j = canReadJournal(ctx) ? journal(ctx, u) : [];
  return `${lines.join('\n')}\n${j.length > 0 ? `\n${j.join('\n')}\n` : ''}`;
}

const VERBS = new Set(['start', 'stop', 'restart', 'reload', 'enable', 'disable', 'kill', 'mask', 'unmask', 'reset-failed']);

/** Starts dockerd again; containers with a restart policy come back through their PID 1 programs. */
function bringUp(ctx: ProgramContext): void {
  for (const c of startDockerd(ctx.host)) startWithPid1(ctx, c.id, { attach: false, stdin: false });
}

/**
 * For clients of /var/run/docker.sock (the docker CLI, curl --unix-socket): call before
 * connecting. With docker.service stopped and docker.socket listening, systemd starts dockerd
 * for this connection, as it does on a real host after `systemctl stop docker`.
 */
export function connectDockerSocket(ctx: ProgramContext): void {
  for (const c of socketActivation(ctx.host) ?? []) startWithPid1(ctx, c.id, { attach: false, stdin: false });
}

export function systemctl(args: readonly string[], ctx: ProgramContext): CommandResult {
  const words = args.filter((a) => a !== '--no-pager' && a !== '-l' && a !== '--full' && a !== '-q' && a !== '--quiet');
  const quiet = args.includes('-q') || args.includes('--quiet');
  const [verb, ...names] = words;
  if (verb === undefined || words.some((w) => w.startsWith('-'))) return notSimulated(['systemctl', ...args].join(' '));
  if (names.length === 0 && verb !== 'status') return { stdout: '', stderr: `Too few arguments.\n`, exitCode: 1 };
  const units: Unit[] = [];
  for (const n of names) {
    const u = unitOf(n);
    if (!u) {
      const full = n.includes('.') ? n : `${n}.service`;
      if (verb === 'status') return { stdout: '', stderr: `Unit ${full} could not be found.\n`, exitCode: 4 };
      if (verb === 'is-active') return { stdout: quiet ? '' : 'inactive\n', stderr: '', exitCode: 3 };
      if (VERBS.has(verb)) return { stdout: '', stderr: `Failed to ${verb} ${full}: Unit ${full} not found.\n`, exitCode: 5 };
      return notSimulated(['systemctl', ...args].join(' '));
    }
    units.push(u);
  }
  if (verb === 'status') {
    if (units.length === 0) return notSimulated('systemctl status');
    const text = units.map((u) => status(ctx, u)).join('\n');
    return { stdout: text, stderr: '', exitCode: units.every((u) => isActive(ctx, u)) ? 0 : 3 };
  }
  if (verb === 'is-active') {
    const states = units.map((u) => (isActive(ctx, u) ? 'active' : 'inactive'));
    return { stdout: quiet ? '' : states.map((x) => `${x}\n`).join(''), stderr: '', exitCode: states.every((x) => x === 'active') ? 0 : 3 };
  }
  if (verb === 'is-enabled') return { stdout: quiet ? '' : units.map(() => 'enabled\n').join(''), stderr: '', exitCode: 0 };
  if (!VERBS.has(verb)) return notSimulated(`systemctl ${verb}`);
  if (ctx.cred.uid !== 0) {
    const u = units[0] as Unit;
    return { stdout: '', stderr: `Failed to ${verb} ${u.name}: Interactive authentication required.\nSee system logs and 'systemctl status ${u.name}' for details.\n`, exitCode: 1 };
  }
  let stderr = '';
  for (const u of units) {
    if (u.name === 'docker.socket' && (verb === 'stop' || verb === 'start')) {
      // The socket file stays (RemoveOnStop=no); only the listening stops. docker.service has
      // Requires=docker.socket: stopping the socket stops the service with it, silently.
      dockerUnits(ctx.host).socketActive = verb === 'start';
      if (verb === 'stop') stopDockerd(ctx.host, (c) => stopExitCode(ctx.host, c));
      continue;
    }
    if (u.name !== 'docker.service' || !['start', 'stop', 'restart'].includes(verb)) return notSimulated(`systemctl ${verb} ${u.name}`);
    if (verb === 'stop' || verb === 'restart') {
      stopDockerd(ctx.host, (c) => stopExitCode(ctx.host, c));
      if (verb === 'stop' && dockerUnits(ctx.host).socketActive) stderr += 'Warning: Stopping docker.service, but it can still be activated by:\n  docker.socket\n';
    }
    // Requires=docker.socket: starting the service starts its socket too.
    if (verb === 'start' || verb === 'restart') {
      dockerUnits(ctx.host).socketActive = true;
      bringUp(ctx);
    }
  }
  return { stdout: '', stderr, exitCode: 0 };
}
