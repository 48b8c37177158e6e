/** The process table: enough to show dockerd, containerd, the shims, runc's children and docker-proxy as `ps` would. */
export interface Process {
  readonly pid: number;
  readonly ppid: number;
  readonly user: string;
  /** argv[0] and its arguments, as `ps -o args` shows them. */
  readonly argv: readonly string[];
  /**
   * The kernel's task name (TASK_COMM_LEN: at most 15 characters): the executable's base name,
   * which is not always argv[0]'s (`/sbin/init` runs systemd, a login shell's argv[0] is `-bash`).
   */
  readonly comm: string;
  /** Start time, in the simulated clock's milliseconds. */
  readonly started: number;
  /** The PID namespace it lives in ('host' or a container id) and its PID there. */
  readonly pidns: string;
  readonly nsPid: number;
  readonly tty?: string;
}

export class ProcessTable {
  private readonly procs = new Map<number, Process>();
  private nextPid: number;
  private readonly nsCounters = new Map<string, number>();
  /** The process running now (the kernel's `current`): what /proc/self points at. */
  current: number | undefined;

  constructor(firstPid = 1) {
    this.nextPid = firstPid;
  }

  spawn(spec: { ppid: number; user: string; argv: readonly string[]; started: number; pidns?: string; tty?: string; pid?: number; comm?: string }): Process {
    const pid = spec.pid ?? this.nextPid++;
    if (pid >= this.nextPid) this.nextPid = pid + 1;
    const pidns = spec.pidns ?? 'host';
    const nsPid = pidns === 'host' ? pid : this.nextNsPid(pidns);
    const comm = spec.comm ?? commOf(spec.argv).slice(0, 15);
    const p: Process = { pid, ppid: spec.ppid, user: spec.user, argv: spec.argv, comm, started: spec.started, pidns, nsPid, ...(spec.tty ? { tty: spec.tty } : {}) };
    this.procs.set(pid, p);
    return p;
  }

  private nextNsPid(ns: string): number {
    const n = (this.nsCounters.get(ns) ?? 0) + 1;
    this.nsCounters.set(ns, n);
    return n;
  }

  /**
   * Skips PIDs inside a PID namespace: the threads of `runc init` take PIDs there before it
   * execs the container's process (a fresh container's first `docker exec` is PID 7).
   */
  skipNs(pidns: string, n: number): void {
    this.nsCounters.set(pidns, (this.nsCounters.get(pidns) ?? 0) + n);
  }

  /** Skips PIDs, as a busy host does between two container starts. */
  advance(n: number): void {
    this.nextPid += n;
  }

  /**
   * execve(2): the process keeps its PID, parent and namespace but becomes another program
   * (an entrypoint script's `exec "$@"`, a shell running its last command in its own place).
   */
  exec(pid: number, argv: readonly string[], comm?: string): Process | undefined {
    const p = this.procs.get(pid);
    if (!p) return undefined;
    const next: Process = { ...p, argv, comm: comm ?? commOf(argv).slice(0, 15) };
    this.procs.set(pid, next);
    return next;
  }

  kill(pid: number): void {
    this.procs.delete(pid);
  }

  /** Kills a process and all its descendants. */
  killTree(pid: number): void {
    for (const child of this.list().filter((p) => p.ppid === pid)) this.killTree(child.pid);
    this.procs.delete(pid);
  }

  killNamespace(pidns: string): void {
    for (const p of this.list()) if (p.pidns === pidns) this.procs.delete(p.pid);
    this.nsCounters.delete(pidns);
  }

  get(pid: number): Process | undefined {
    return this.procs.get(pid);
  }

  list(): Process[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }

  inNamespace(pidns: string): Process[] {
    return this.list().filter((p) => p.pidns === pidns);
  }
}

/** The task name exec gives a program: the base name of its path; a login shell's `-bash` is bash. */
export function commOf(argv: readonly string[]): string {
  const a0 = argv[0] ?? '';
  if (a0.startsWith('[') && a0.endsWith(']')) return a0.slice(1, -1);
  return a0.slice(a0.lastIndexOf('/') + 1).replace(/^-/, '');
}
