import type { Container } from '../sim/daemon/model.js';
import { SSHD_LISTENER_PID } from '../sim/host-processes.js';
import type { SimHost } from '../sim/host.js';
import { commOf, type Process } from '../sim/kernel/processes.js';
import type { Flavor } from '../sim/userland.js';
import type { Place } from './place.js';

/** Set-user-ID programs of Ubuntu: whoever starts them, they run as root (ps shows root). */
const SETUID_ROOT = new Set(['sudo', 'su', 'newgrp', 'gpasswd', 'passwd', 'chsh', 'chfn', 'mount', 'umount']);

/** The learner's terminal: an ssh session's pseudo-terminal. */
export const SESSION_TTY = 'pts/0';

/** `runc init` and its threads take this many PIDs in a container before it execs what runs there. */
const RUNC_INIT_PIDS = 6;

/**
 * An ssh login as sshd makes it: the privileged monitor `sshd: USER [priv]` (root), the user's
 * `systemd --user` with its `(sd-pam)` (started by pam_systemd for the first session), the
 * unprivileged `sshd: USER@pts/0` holding the pseudo-terminal, and the login shell `-bash`.
 * Returns the shell's PID; killing the monitor's tree and the user manager ends the session.
 */
export function spawnLogin(host: SimHost, user: string): { shell: number; root: number } {
  const procs = host.kernel.procs;
  const started = host.clock.now();
  const priv = procs.spawn({ ppid: SSHD_LISTENER_PID, user: 'root', argv: [`sshd: ${user} [priv]`], comm: 'sshd', started });
  if (!procs.list().some((p) => p.comm === 'systemd' && p.user === user && p.ppid === 1)) {
    procs.advance(2);
    const manager = procs.spawn({ ppid: 1, user, argv: ['/lib/systemd/systemd', '--user'], started });
    procs.spawn({ ppid: manager.pid, user, argv: ['(sd-pam)'], comm: '(sd-pam)', started });
  }
  procs.advance(60);
  const net = procs.spawn({ ppid: priv.pid, user, argv: [`sshd: ${user}@${SESSION_TTY}`], comm: 'sshd', started });
  const shell = procs.spawn({ ppid: net.pid, user, argv: ['-bash'], tty: SESSION_TTY, started });
  return { shell: shell.pid, root: priv.pid };
}

/** The host PID of the process a container's processes hang from when nothing inside is their parent: the shim. */
function shimOf(host: SimHost, c: Container): number {
  return host.kernel.procs.get(c.state.pid)?.ppid ?? 1;
}

/**
 * A process `docker exec` starts in a running container: runc init enters the container's
 * namespaces (its threads take PIDs there), then execs the command. Its parent is the shim,
 * so inside the container its PPID is 0.
 */
export function spawnExec(host: SimHost, c: Container, argv: readonly string[], tty?: string): Process {
  const procs = host.kernel.procs;
  const p = procs.spawn({ ppid: shimOf(host, c), user: 'root', argv, started: host.clock.now(), pidns: c.id, ...(tty ? { tty } : {}) });
  procs.skipNs(c.id, RUNC_INIT_PIDS - 1);
  return p;
}

/**
 * The process of one command a shell runs: a child of the shell, on its terminal; `undefined`
 * for none. Debian's static busybox (the fixture images) runs applets from its shell by forking
 * without exec, so such a process keeps the shell's command line (`ps` shows `{ps} sh`).
 */
export function spawnCommand(host: SimHost, place: Place, argv: readonly string[], flavor: Flavor): Process | undefined {
  const procs = host.kernel.procs;
  const started = host.clock.now();
  if (place.kind === 'host') {
    const shell = place.pid !== undefined ? procs.get(place.pid) : undefined;
    const user = SETUID_ROOT.has(commOf(argv)) ? 'root' : place.user;
    return procs.spawn({ ppid: shell?.pid ?? 1, user, argv, started, ...(shell?.tty ? { tty: shell.tty } : {}) });
  }
  const c = host.engine.findContainer(place.containerId);
  if (!c || c.state.status !== 'running') return undefined;
  const shell = place.pid !== undefined ? procs.get(place.pid) : undefined;
  if (!shell) return spawnExec(host, c, argv);
  const cmdline = flavor === 'busybox' ? { argv: shell.argv, comm: commOf(argv).slice(0, 15) } : { argv };
  return procs.spawn({ ppid: shell.pid, user: shell.user, ...cmdline, started, pidns: c.id, ...(shell.tty ? { tty: shell.tty } : {}) });
}
