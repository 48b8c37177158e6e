import type { Kernel } from './kernel/kernel.js';
import type { Process } from './kernel/processes.js';

/**
 * What runs on a freshly booted Ubuntu 22.04 server with Docker installed from Docker's
 * packages: systemd and its services, a few kernel threads, sshd, then containerd and dockerd,
 * each started by systemd (containerd.service, then docker.service, which comes After= it).
 * PIDs are those of a typical boot; `ps -ef` and `pstree` on the simulated host show this.
 */
interface BootProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly user: string;
  readonly argv: readonly string[];
  readonly comm?: string;
  readonly tty?: string;
}

// Kernel threads (ppid 2): ps shows them in brackets, pstree not at all.
const KTHREADS: readonly [number, string][] = [
  [3, 'rcu_gp'], [4, 'rcu_par_gp'], [5, 'slub_flushwq'], [6, 'netns'], [8, 'kworker/0:0H-events_highpri'],
  [10, 'mm_percpu_wq'], [11, 'rcu_tasks_rude_'], [12, 'rcu_tasks_trace'], [13, 'ksoftirqd/0'], [14, 'rcu_sched'],
  [15, 'migration/0'], [16, 'idle_inject/0'], [18, 'cpuhp/0'], [19, 'cpuhp/1'], [20, 'idle_inject/1'],
  [21, 'migration/1'], [22, 'ksoftirqd/1'], [24, 'kworker/1:0H-events_highpri'], [25, 'kdevtmpfs'],
  [26, 'inet_frag_wq'], [27, 'kauditd'], [28, 'khungtaskd'], [29, 'oom_reaper'], [30, 'writeback'],
  [31, 'kcompactd0'], [32, 'ksmd'], [33, 'khugepaged'], [79, 'kintegrityd'], [80, 'kblockd'],
  [81, 'blkcg_punt_bio'], [87, 'watchdogd'], [90, 'kswapd0'], [93, 'kthrotld'], [104, 'ipv6_addrconf'],
  [115, 'kstrp'], [130, 'jbd2/vda1-8'], [131, 'ext4-rsv-conver'],
];

const SERVICES: readonly BootProcess[] = [
  { pid: 352, ppid: 1, user: 'root', argv: ['/lib/systemd/systemd-journald'] },
  { pid: 391, ppid: 1, user: 'root', argv: ['/lib/systemd/systemd-udevd'] },
  { pid: 528, ppid: 1, user: 'systemd-timesync', argv: ['/lib/systemd/systemd-timesyncd'] },
  { pid: 561, ppid: 1, user: 'systemd-network', argv: ['/lib/systemd/systemd-networkd'] },
  { pid: 563, ppid: 1, user: 'systemd-resolve', argv: ['/lib/systemd/systemd-resolved'] },
  { pid: 602, ppid: 1, user: 'root', argv: ['/usr/sbin/cron', '-f', '-P'] },
  { pid: 603, ppid: 1, user: 'messagebus', argv: ['@dbus-daemon', '--system', '--address=systemd:', '--nofork', '--nopidfile', '--systemd-activation', '--syslog-only'], comm: 'dbus-daemon' },
  { pid: 610, ppid: 1, user: 'root', argv: ['/usr/bin/python3', '/usr/bin/networkd-dispatcher', '--run-startup-triggers'], comm: 'networkd-dispat' },
  { pid: 611, ppid: 1, user: 'syslog', argv: ['/usr/sbin/rsyslogd', '-n', '-iNONE'] },
  { pid: 614, ppid: 1, user: 'root', argv: ['/lib/systemd/systemd-logind'] },
  { pid: 648, ppid: 1, user: 'root', argv: ['/sbin/agetty', '-o', '-p -- \\u', '--noclear', 'tty1', 'linux'], tty: 'tty1' },
  { pid: 662, ppid: 1, user: 'root', argv: ['sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'], comm: 'sshd' },
];

export const CONTAINERD_ARGV = ['/usr/bin/containerd'] as const;
export const DOCKERD_ARGV = ['/usr/bin/dockerd', '-H', 'fd://', '--containerd=/run/containerd/containerd.sock'] as const;
export const SSHD_LISTENER_PID = 662;

/** The host booted this long before the simulation's clock starts (the learner logs in later). */
export const UPTIME_AT_START_MS = 5 * 60_000;

/** Spawns the boot's processes; containerd and dockerd come last, as systemd orders them. */
export function bootProcesses(k: Kernel, clockStart: number): { containerd: Process; dockerd: Process } {
  const procs = k.procs;
  const now = clockStart - UPTIME_AT_START_MS;
  procs.spawn({ pid: 1, ppid: 0, user: 'root', argv: ['/sbin/init'], comm: 'systemd', started: now });
  procs.spawn({ pid: 2, ppid: 0, user: 'root', argv: ['[kthreadd]'], started: now });
  for (const [pid, name] of KTHREADS) procs.spawn({ pid, ppid: 2, user: 'root', argv: [`[${name}]`], comm: name, started: now });
  for (const p of SERVICES) procs.spawn({ ...p, started: now });
  const containerd = procs.spawn({ pid: 703, ppid: 1, user: 'root', argv: CONTAINERD_ARGV, started: now });
  const dockerd = procs.spawn({ pid: 744, ppid: 1, user: 'root', argv: DOCKERD_ARGV, started: now });
  procs.advance(300);
  return { containerd, dockerd };
}
