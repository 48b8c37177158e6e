import type { Process } from './processes.js';

/**
 * What the simulator does not track but `ps` prints: memory (KiB), CPU time used, threads,
 * and the state flags. Fixed, plausible figures per program, measured on Ubuntu 22.04 and on
 * the fixture images (Debian's static busybox: every applet is the same 2268 KiB binary).
 */
export interface Traits {
  readonly vsz: number;
  readonly rss: number;
  /** CPU seconds used so far. */
  readonly cpu: number;
  /** Threads (NLWP); `l` in STAT when more than one. */
  readonly threads: number;
  /** STAT's state letter when not running (S sleeping, I idle kernel thread). */
  readonly state: 'S' | 'I';
  /** `<` high priority, `N` low priority. */
  readonly prio?: '<' | 'N';
}

const t = (vsz: number, rss: number, threads = 1, cpu = 0, prio?: '<' | 'N'): Traits => ({ vsz, rss, cpu, threads, state: 'S', ...(prio ? { prio } : {}) });

const HOST: Readonly<Record<string, Traits>> = {
  systemd: t(167744, 13068, 1, 2),
  '(sd-pam)': t(169068, 4748),
  'systemd-journal': t(48188, 15720, 1, 0, '<'),
  'systemd-udevd': t(25316, 6272),
  'systemd-timesyn': t(89356, 6656, 2),
  'systemd-network': t(16132, 8208),
  'systemd-resolve': t(25660, 12584),
  cron: t(9344, 2728),
  'dbus-daemon': t(8884, 4804),
  'networkd-dispat': t(32908, 19236),
  rsyslogd: t(222404, 6144, 4),
  'systemd-logind': t(15116, 7480),
  agetty: t(6220, 1128),
  sshd: t(17060, 10840),
  bash: t(8688, 5324),
  containerd: t(1358744, 46608, 10, 1),
  dockerd: t(1867036, 78512, 11, 1),
  'containerd-shim': t(722496, 10788, 11),
  'docker-proxy': t(1230196, 3768, 7),
  docker: t(1375400, 33012, 9),
  sudo: t(11480, 5624),
  su: t(10184, 4352),
  newgrp: t(9040, 3900),
  ps: t(10072, 1600),
  sleep: t(5780, 1004),
};

/** Programs of the images (their own binaries); busybox images run one binary for all. */
const IMAGE: Readonly<Record<string, Traits>> = {
  bash: t(4628, 3668),
  sh: t(2892, 1548),
  sleep: t(2792, 1016),
  httpd: t(6176, 4496),
  'httpd-foreground': t(6176, 4496),
  nginx: t(8872, 5896),
  mysqld: t(1542064, 352340, 37, 3),
  dockerd: t(1545356, 60520, 10),
  registry: t(722432, 13952, 7),
  zsh: t(7464, 5372),
};

const BUSYBOX = t(2268, 1264);

/** Kernel threads that are workqueues rescuers and friends: idle (`I`), some high priority (`I<`). */
function kernelThread(comm: string): Traits {
  const base = { vsz: 0, rss: 0, cpu: 0, threads: 1 };
  if (/^(rcu_gp|rcu_par_gp|slub_flushwq|netns|mm_percpu_wq|inet_frag_wq|writeback|kintegrityd|kblockd|blkcg_punt_bio|kthrotld|ipv6_addrconf|kstrp|ext4-rsv-conver)$|H-/.test(comm)) return { ...base, state: 'I', prio: '<' };
  if (/^rcu_/.test(comm)) return { ...base, state: 'I' };
  if (comm === 'ksmd' || comm === 'khugepaged') return { ...base, state: 'S', prio: 'N' };
  return { ...base, state: 'S' };
}

/** The traits of a process; `busybox` when it runs in a busybox image. */
export function traitsOf(p: Process, busybox: boolean): Traits {
  if (p.ppid === 2 || p.pid === 2) return kernelThread(p.comm);
  if (p.pidns !== 'host') return busybox ? BUSYBOX : (IMAGE[p.comm] ?? t(2792, 1016));
  if (p.comm === 'systemd' && p.pid !== 1) return t(17000, 9760);
  return HOST[p.comm] ?? t(9000, 3200);
}
