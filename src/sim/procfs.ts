import type { DaemonState } from './daemon/state.js';
import { CPUS, KERNEL, PID_MAX } from './host-identity.js';
import { cgroupOf } from './kernel/cgroups.js';
import { type VirtualDir, type VirtualNode, vdir, vfile, vlink } from './kernel/fs.js';
import { igmpText } from './kernel/proc-net-igmp.js';
import { traitsOf } from './kernel/process-traits.js';
import type { Process } from './kernel/processes.js';
import { containerMounts, hostMounts, mountsText } from './mounts.js';

/**
 * procfs as a PID namespace sees it: one directory per process (the host sees every process,
 * a container only its own, numbered from 1), `self`, `mounts` and a few kernel files.
 * Mounted at /proc on the host and in every container's root filesystem.
 */
export function procfs(s: DaemonState, pidns: string): VirtualDir {
  const procs = s.kernel.procs;
  const visible = (): Process[] => (pidns === 'host' ? procs.list() : procs.inNamespace(pidns));
  const idIn = (p: Process) => (pidns === 'host' ? p.pid : p.nsPid);
  const busybox = (p: Process) => p.pidns !== 'host' && s.images.get(s.containers.get(p.pidns)?.config.imageId ?? '')?.spec.userland.flavor === 'busybox';
  const mountsOf = (p: Process): string => {
    const c = p.pidns === 'host' ? undefined : s.containers.get(p.pidns);
    return mountsText(c ? containerMounts(s, c) : hostMounts(s));
  };
  const uptime = () => {
    const secs = (s.clock.now() - (procs.get(1)?.started ?? s.clock.now())) / 1000;
    return `${secs.toFixed(2)} ${(secs * CPUS * 0.97).toFixed(2)}\n`;
  };
  const processDir = (p: Process): VirtualNode => vdir(() => [
    ['cgroup', vfile(() => (p.pidns === 'host' ? (cgroupOf(p) === '-' ? '0::/\n' : `${cgroupOf(p)}\n`) : pidns === 'host' ? `${cgroupOf(p)}\n` : '0::/\n'))],
    ['cmdline', vfile(() => (p.ppid === 2 || p.pid === 2 ? '' : `${p.argv.join('\0')}\0`))],
    ['comm', vfile(() => `${p.comm}\n`)],
    ['mounts', vfile(() => mountsOf(p))],
    ['net', vdir(() => [['igmp', vfile(() => igmpText(s.kernel.net, netnsOf(s, p)))]], 0o555)],
    ['status', vfile(() => statusOf(s, p, pidns, traitsOf(p, busybox(p))))],
  ], 0o555);
  return vdir(() => {
    const entries: [string, VirtualNode][] = visible().map((p) => [String(idIn(p)), processDir(p)]);
    const current = procs.current !== undefined ? procs.get(procs.current) : undefined;
    if (current && (pidns === 'host' || current.pidns === pidns)) entries.push(['self', vlink(String(idIn(current)))]);
    entries.push(
      ['mounts', vlink('self/mounts')],
      ['net', vlink('self/net')],
      ['uptime', vfile(uptime)],
      ['version', vfile(() => `Linux version ${KERNEL.release} (buildd@lcy02-amd64-116) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) ${KERNEL.version}\n`)],
      ['sys', vdir(() => [['kernel', vdir(() => [
        ['pid_max', vfile(() => `${PID_MAX}\n`)],
        ['osrelease', vfile(() => `${KERNEL.release}\n`)],
      ])]])],
    );
    return entries;
  }, 0o555);
}

/** The network namespace a process is in: the host's, or its container's sandbox (host mode: 'host'). */
export function netnsOf(s: DaemonState, p: Process): string {
  if (p.pidns === 'host') return 'host';
  return s.containers.get(p.pidns)?.sandboxKey ?? 'host';
}

/** /proc/PID/status: who and what the process is (NSpid lists its PID in each namespace, outermost first). */
function statusOf(s: DaemonState, p: Process, viewer: string, t: ReturnType<typeof traitsOf>): string {
  const procs = s.kernel.procs;
  const parent = procs.get(p.ppid);
  const inViewer = (q: Process | undefined) => (q && (viewer === 'host' || q.pidns === viewer) ? (viewer === 'host' ? q.pid : q.nsPid) : 0);
  const user = s.kernel.users.user(p.user);
  const uid = p.pidns === 'host' ? (user?.uid ?? 0) : 0;
  const gid = p.pidns === 'host' ? (user?.gid ?? 0) : 0;
  const groups = p.pidns === 'host' && user ? s.kernel.users.groupsOf(p.user).map((g) => g.gid).sort((a, b) => a - b).join(' ') : '0';
  const ns = (hostId: number, nsId: number) => (viewer === 'host' && p.pidns !== 'host' ? `${hostId}\t${nsId}` : String(viewer === 'host' ? hostId : nsId));
  const kthread = p.ppid === 2 || p.pid === 2;
  const kb = (n: number) => `${String(n).padStart(8)} kB`;
  const running = procs.current === p.pid;
  const container = p.pidns !== 'host';
  const caps = container ? '00000000a80425fb' : uid === 0 ? '000001ffffffffff' : '0000000000000000';
  const lines = [
    `Name:\t${p.comm}`, 'Umask:\t0022', `State:\t${running ? 'R (running)' : kthread && t.state === 'I' ? 'I (idle)' : 'S (sleeping)'}`,
    `Tgid:\t${inViewer(p)}`, 'Ngid:\t0', `Pid:\t${inViewer(p)}`, `PPid:\t${inViewer(parent)}`, 'TracerPid:\t0',
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`, `Gid:\t${gid}\t${gid}\t${gid}\t${gid}`, 'FDSize:\t64', `Groups:\t${kthread ? '' : `${groups} `}`,
    `NStgid:\t${ns(p.pid, p.nsPid)}`, `NSpid:\t${ns(p.pid, p.nsPid)}`, `NSpgid:\t${ns(p.pid, p.nsPid)}`, `NSsid:\t${ns(p.pid, p.nsPid)}`,
    ...(kthread ? [] : [
      `VmPeak:\t${kb(t.vsz)}`, `VmSize:\t${kb(t.vsz)}`, `VmLck:\t${kb(0)}`, `VmPin:\t${kb(0)}`, `VmHWM:\t${kb(t.rss)}`, `VmRSS:\t${kb(t.rss)}`,
      `RssAnon:\t${kb(Math.round(t.rss * 0.2))}`, `RssFile:\t${kb(t.rss - Math.round(t.rss * 0.2))}`, `RssShmem:\t${kb(0)}`,
      `VmData:\t${kb(Math.round(t.vsz * 0.1))}`, `VmStk:\t${kb(132)}`, `VmExe:\t${kb(Math.min(t.vsz, 1552))}`, `VmLib:\t${kb(8)}`,
      `VmPTE:\t${kb(40)}`, `VmSwap:\t${kb(0)}`, `HugetlbPages:\t${kb(0)}`,
    ]),
    'CoreDumping:\t0', 'THP_enabled:\t1', `Threads:\t${t.threads}`, 'SigQ:\t0/15397',
    'SigPnd:\t0000000000000000', 'ShdPnd:\t0000000000000000', 'SigBlk:\t0000000000000000', 'SigIgn:\t0000000000000000', 'SigCgt:\t0000000000000000',
    'CapInh:\t0000000000000000', `CapPrm:\t${caps}`, `CapEff:\t${caps}`, `CapBnd:\t${container ? caps : '000001ffffffffff'}`, 'CapAmb:\t0000000000000000',
    'NoNewPrivs:\t0', `Seccomp:\t${container ? 2 : 0}`, `Seccomp_filters:\t${container ? 1 : 0}`,
    'Speculation_Store_Bypass:\tthread vulnerable', 'SpeculationIndirectBranch:\tconditional enabled',
    'Cpus_allowed:\t3', 'Cpus_allowed_list:\t0-1',
    `Mems_allowed:\t${Array.from({ length: 31 }, () => '00000000').join(',')},00000001`, 'Mems_allowed_list:\t0',
    `voluntary_ctxt_switches:\t${(p.pid * 37) % 900 + 14}`, `nonvoluntary_ctxt_switches:\t${(p.pid * 13) % 90 + 3}`,
  ];
  return `${lines.join('\n')}\n`;
}
