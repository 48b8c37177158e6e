import { processEnv } from '../sim/daemon/container-env.js';
import type { Container } from '../sim/daemon/model.js';
import { type Credentials, type FileSystem, allowed, normalizePath } from '../sim/kernel/fs.js';
import type { SimHost } from '../sim/host.js';
import { BUILTINS, type BuiltinShell } from './builtins.js';
import { type CommandResult, fail } from './command-result.js';
import { runLine } from './parse/index.js';
import type { ShellRuntime } from './parse/index.js';
import { loginPlace } from './login.js';
import type { ContainerPlace, HostPlace, Place } from './place.js';
import type { ExecOptions, ProgramContext } from './program.js';
import type { ProgramTable } from './registry.js';
import { SESSION_TTY, spawnCommand, spawnExec, spawnLogin } from './session-processes.js';
import type { Flavor, ReadResult } from './tool-io.js';

/** Programs a real Ubuntu host with Docker has that the simulator does not (yet): say so, don't pretend they don't exist. */
const HOST_PROGRAMS_NOT_SIMULATED = new Set(['unshare', 'tcpdump', 'strace', 'lsns', 'ctr', 'runc', 'containerd', 'dockerd', 'journalctl', 'vi', 'vim', 'nano', 'less', 'more', 'man', 'top', 'htop', 'watch', 'tar', 'dig', 'host', 'traceroute', 'tracepath', 'conntrack', 'nft', 'ip6tables', 'sysctl', 'lsof', 'free', 'uptime', 'kill', 'pkill', 'killall', 'chown', 'cp', 'mv', 'ln', 'du', 'whereis', 'env', 'printenv', 'date', 'seq', 'xargs', 'tee', 'basename', 'dirname', 'readlink', 'realpath', 'apt', 'apt-get', 'dpkg', 'snap', 'scp', 'git', 'make', 'python3', 'perl']);

/**
 * A host process's children stay in its network namespace (only nsenter moves one): a place
 * that sudo, su or newgrp builds afresh keeps the caller's.
 */
function inheritNetns(from: Place, to: Place): Place {
  if (from.kind !== 'host' || from.netns === undefined || to.kind !== 'host' || to.netns !== undefined) return to;
  return { ...to, netns: from.netns };
}

/** Commands every shell here (bash, dash, busybox ash) runs as builtins when named without a path. */
const SHELL_BUILTIN_PROGRAMS = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'pwd', 'kill']);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * A terminal session on the simulated host: a stack of shells (the login shell, then any
 * `su`, `newgrp`, `docker exec -it` or `docker run -it` shell entered from it), each line
 * parsed and run by the shell language interpreter, each command dispatched to a builtin
 * or to the program table.
 */
export class ShellSession {
  private readonly stack: Place[] = [];
  readonly history: string[] = [];
  /** Set when a line's `exit` asked to leave the current shell. */
  private pendingExit: number | undefined;
  /** The processes of the programs running now, innermost last (sudo → its shell's commands). */
  private readonly running: number[] = [];
  /** Set by execIn for a command that is the container's PID 1 itself: the next program runs as it. */
  private asProcess: number | undefined;
  /** Processes that end with a shell: the programs that entered it (sudo, then su in `sudo su`; docker exec -it). */
  private readonly owners = new WeakMap<Place, number[]>();

  constructor(readonly host: SimHost, private readonly programs: ProgramTable, user = 'learner') {
    this.stack.push(this.login(user));
  }

  /** A login shell: its groups are read from /etc/group now, and stay as they are for its life. */
  login(user: string): HostPlace {
    return loginPlace(this.host, user);
  }

  /**
   * The terminal's ssh login gets its processes (sshd, systemd --user, -bash) when the first
   * line runs: an observer session that only `observe`s never shows up in `ps`.
   */
  private ensureLoggedIn(): void {
    const bottom = this.stack[0] as HostPlace;
    if (bottom.pid !== undefined) return;
    const { shell, root } = spawnLogin(this.host, bottom.user);
    const place: HostPlace = { ...bottom, pid: shell };
    this.owners.set(place, [root]);
    this.stack[0] = place;
  }

  /** The machine a place is on: the lab's first unless the shell was entered elsewhere (ssh). */
  hostAt(place: Place): SimHost {
    return place.node ?? this.host;
  }

  get place(): Place {
    this.dropDeadShells();
    return this.stack[this.stack.length - 1] as Place;
  }

  get depth(): number {
    return this.stack.length;
  }

  /** A container shell whose container is gone (stopped, removed) is gone too. */
  private dropDeadShells(): void {
    while (this.stack.length > 1) {
      const top = this.stack[this.stack.length - 1] as Place;
      if (top.kind !== 'container') return;
      const c = this.hostAt(top).engine.findContainer(top.containerId);
      if (c && c.state.status === 'running') return;
      this.stack.pop();
    }
  }

  /**
   * Enters a shell. It gets a process if it has none: a container's PID 1 for `docker run -it`,
   * an exec'd one for `docker exec -it`, a bash under the program that entered it otherwise.
   * That program's process (sudo, su, newgrp, the docker CLI) lives as long as the shell.
   */
  enter(target: Place): void {
    const owner = this.running[this.running.length - 1];
    // A shell entered from a shell on another machine of the lab is on that machine too.
    const here = this.stack[this.stack.length - 1]?.node;
    const place: Place = target.node === undefined && here !== undefined ? { ...target, node: here } : target;
    const entered = place.pid !== undefined ? place : { ...place, pid: this.shellProcess(place, owner) };
    if (owner !== undefined) this.owners.set(entered, [owner]);
    this.stack.push(entered);
  }

  private shellProcess(place: Place, parent: number | undefined): number {
    const host = this.hostAt(place);
    const procs = host.kernel.procs;
    if (place.kind === 'host') {
      return procs.spawn({ ppid: parent ?? 1, user: place.user, argv: ['bash'], tty: SESSION_TTY, started: host.clock.now() }).pid;
    }
    const c = host.engine.container(place.containerId);
    if (place.entered === 'run') return c.state.pid;
    return spawnExec(host, c, [place.shell], SESSION_TTY).pid;
  }

  /** Leaves the current shell. A container's PID 1 shell ending stops the container. */
  leave(code: number): void {
    const top = this.place;
    const host = this.hostAt(top);
    if (top.kind === 'container' && top.entered === 'run') {
      host.engine.containerExited(top.containerId, code);
    }
    const procs = host.kernel.procs;
    if (top.pid !== undefined && !(top.kind === 'container' && top.entered === 'run')) procs.killTree(top.pid);
    // The programs that entered it ran where the shell below it is (ssh runs on the machine left behind).
    const below = this.stack[this.stack.length - 2];
    const ownersHost = below ? this.hostAt(below) : host;
    for (const owner of this.owners.get(top) ?? []) ownersHost.kernel.procs.killTree(owner);
    if (this.stack.length > 1) this.stack.pop();
    else {
      // Logging out and in again: the session's processes and the user's manager end.
      const user = (this.stack[0] as HostPlace).user;
      for (const p of procs.list()) if (p.user === user && p.argv[0] === '/lib/systemd/systemd') procs.killTree(p.pid);
      this.stack[0] = this.login((this.stack[0] as HostPlace).user);
    }
  }

  run(line: string): CommandResult {
    this.host.clock.tick(1000);
    this.ensureLoggedIn();
    if (line.trim()) this.history.push(line);
    const place = this.place;
    this.pendingExit = undefined;
    const result = runLine(line, this.runtime(place));
    if (this.pendingExit !== undefined) this.leave(this.pendingExit);
    return result;
  }

  /** Runs a line without moving the clock or the history: for observers such as lesson checks. */
  observe(line: string): CommandResult {
    this.pendingExit = undefined;
    const result = runLine(line, this.runtime(this.place));
    this.pendingExit = undefined;
    return result;
  }

  prompt(): string {
    const p = this.place;
    if (p.kind === 'host') {
      const u = this.hostAt(p).kernel.users.userById(p.uid);
      const home = u?.home ?? '/';
      const cwd = p.cwd === home ? '~' : p.cwd.startsWith(`${home}/`) ? `~${p.cwd.slice(home.length)}` : p.cwd;
      return `${p.user}@${this.hostAt(p).hostname}:${cwd}${p.uid === 0 ? '#' : '$'}`;
    }
    const c = this.hostAt(p).engine.container(p.containerId);
    if (p.shell === 'bash') {
      const cwd = p.cwd === '/root' ? '~' : p.cwd;
      return `root@${c.config.hostname}:${cwd}#`;
    }
    return `${p.cwd === '/root' ? '~' : p.cwd} #`;
  }

  // ---- the machine as a program sees it ----

  flavorOf(place: Place): Flavor {
    if (place.kind === 'host') return 'gnu';
    const host = this.hostAt(place);
    return this.imageOf(host, host.engine.container(place.containerId))?.spec.userland.flavor ?? 'gnu';
  }

  private imageOf(host: SimHost, c: Container) {
    return host.daemon.images.get(c.config.imageId);
  }

  fsOf(place: Place): FileSystem {
    const host = this.hostAt(place);
    if (place.kind === 'host') return host.kernel.fs;
    const fs = host.daemon.rootfs.get(host.engine.container(place.containerId).id);
    if (!fs) throw new Error('container without a root filesystem');
    return fs;
  }

  credOf(place: Place): Credentials {
    return place.kind === 'host' ? { uid: place.uid, gids: place.gids } : { uid: 0, gids: [0] };
  }

  /** Is there an executable of this name on the PATH here? */
  private hasExecutable(place: Place, name: string): boolean {
    const fs = this.fsOf(place);
    if (name.includes('/')) return fs.lookup(normalizePath(name, place.cwd))?.type === 'file';
    return PATH_DIRS.some((d) => fs.lookup(`${d}/${name}`) !== undefined);
  }

  private readFileIn(place: Place, path: string): ReadResult {
    const r = this.fsOf(place).read(normalizePath(path, place.cwd), this.credOf(place));
    return r.ok ? { kind: 'file', content: r.content } : { kind: 'error', code: r.error === 'EEXIST' ? 'ENOENT' : r.error };
  }

  /** One simple command: a builtin, a program, or "command not found". */
  execArgv(place: Place, argv: readonly string[], stdin: string, assignments: ReadonlyMap<string, string> = new Map(), viaShell = false): CommandResult {
    const existing = this.asProcess;
    this.asProcess = undefined;
    const name = argv[0];
    if (name === undefined) return { stdout: '', stderr: '', exitCode: 0 };
    const flavor = this.flavorOf(place);
    const builtin = BUILTINS.get(name);
    if (builtin) return builtin(argv.slice(1), this.builtinShell(place, flavor));
    const base = name.slice(name.lastIndexOf('/') + 1);
    const where = place.kind === 'host' ? 'host' : 'container';
    const present = where === 'host' || this.hasExecutable(place, name);
    const entry = present ? this.programs.lookup(base, where) : undefined;
    if (!present || (!entry && where === 'host')) {
      if (where === 'host' && this.programs.lookup(base, 'host') === undefined) {
        if (HOST_PROGRAMS_NOT_SIMULATED.has(base)) return fail(`dockerlings: '${base}' is not simulated yet — try it with --backend docker\n`, 127);
        return fail(`${flavor === 'busybox' ? 'sh' : 'bash'}: ${name}: command not found\n`, 127);
      }
      return flavor === 'busybox' ? fail(`sh: ${name}: not found\n`, 127) : fail(`bash: ${name}: command not found\n`, 127);
    }
    if (!entry) return fail(`dockerlings: '${base}' is not simulated yet — try it with --backend docker\n`, 127);
    const env = new Map(place.env);
    for (const [k, v] of assignments) env.set(k, v);
    // The program is a process while it runs (ps sees itself); it lives on if it entered a shell.
    // A shell runs its own builtins (echo, printf, test…) without a new process.
    const forks = !(viaShell && SHELL_BUILTIN_PROGRAMS.has(name));
    const host = this.hostAt(place);
    const proc = existing === undefined && forks ? spawnCommand(host, place, argv, flavor) : undefined;
    if (proc) this.running.push(proc.pid);
    const depth = this.stack.length;
    const procs = host.kernel.procs;
    const caller = procs.current;
    const self = existing ?? proc?.pid;
    procs.current = self ?? caller;
    try {
      return entry.run(argv.slice(1), this.programContext(place, flavor, stdin, env, self));
    } finally {
      procs.current = caller;
      if (proc) {
        this.running.pop();
        const top = this.stack[this.stack.length - 1] as Place;
        const owners = this.owners.get(top);
        // A program that entered a shell (directly, or through a child: sudo su) lives as long as it.
        if (this.stack.length > depth && owners) {
          if (!owners.includes(proc.pid)) owners.push(proc.pid);
        } else procs.kill(proc.pid);
      }
    }
  }

  private programContext(place: Place, flavor: Flavor, stdin: string, env: ReadonlyMap<string, string>, pid?: number): ProgramContext {
    const host = this.hostAt(place);
    const container = place.kind === 'container' ? host.engine.container(place.containerId) : undefined;
    return {
      host,
      place,
      ...(container ? { container } : {}),
      flavor,
      stdin,
      env,
      netns: container ? (container.sandboxKey ?? 'host') : (place.kind === 'host' ? place.netns : undefined) ?? 'host',
      fs: this.fsOf(place),
      cred: this.credOf(place),
      ...(pid !== undefined ? { pid } : {}),
      readFile: (path) => this.readFileIn(place, path),
      exec: (argv, input = '') => this.execArgv(place, argv, input),
      runLine: (line, input = '') => {
        // A script run as a program (`sh -c`): its `exit` ends the script, not the caller's shell.
        const outer = this.pendingExit;
        this.pendingExit = undefined;
        try {
          return runLine(line, this.runtime(place, input, pid));
        } finally {
          this.pendingExit = outer;
        }
      },
      execIn: (containerId, argv, input = '', options = {}) => this.execIn(containerId, argv, input, options, host),
      runsIn: (containerId, name) => {
        if (BUILTINS.has(name)) return true;
        const base = name.slice(name.lastIndexOf('/') + 1);
        return this.hasExecutable(this.containerPlace(containerId, 'exec', 'sh', host), name) && this.programs.lookup(base, 'container') !== undefined;
      },
      inPlace: (other) => {
        const there = inheritNetns(place, other);
        return {
          exec: (argv, input = '') => this.execArgv(there, argv, input),
          runLine: (line, input = '') => runLine(line, this.runtime(there, input)),
        };
      },
      enter: (p) => this.enter(inheritNetns(place, p)),
      leave: (code) => {
        this.pendingExit = code;
      },
    };
  }

  /** A container-side place for running one command (docker exec without -it). */
  containerPlace(containerId: string, entered: 'run' | 'exec', shell = 'sh', host: SimHost = this.host): ContainerPlace {
    const c = host.engine.container(containerId);
    // The environment Docker gives the container's processes, in its order (PATH, HOSTNAME, links, Env, HOME).
    const env = new Map(processEnv(host.daemon, c, false).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
    const node = host === this.host ? {} : { node: host };
    return { kind: 'container', containerId: c.id, shell, entered, cwd: c.config.workingDir || '/', env, vars: new Map(env), ...node };
  }

  execIn(containerId: string, argv: readonly string[], stdin = '', options: ExecOptions = {}, host: SimHost = this.host): CommandResult | 'not-found' {
    const pid1 = options.asPid1 ? host.engine.container(containerId).state.pid || undefined : undefined;
    // PID 1's own commands are its children (forks), not processes `docker exec` adds beside it.
    const place = pid1 === undefined ? this.containerPlace(containerId, 'exec', 'sh', host) : { ...this.containerPlace(containerId, 'run', 'sh', host), pid: pid1 };
    for (const [k, v] of options.env ?? []) {
      place.env.set(k, v);
      place.vars.set(k, v);
    }
    if (options.cwd) place.cwd = options.cwd;
    const name = argv[0];
    if (name === undefined) return 'not-found';
    if (!BUILTINS.has(name) && !this.hasExecutable(place, name)) return 'not-found';
    if (pid1 !== undefined) this.asProcess = pid1;
    return this.execArgv(place, argv, stdin);
  }

  private builtinShell(place: Place, flavor: Flavor): BuiltinShell {
    const fs = this.fsOf(place);
    const cred = this.credOf(place);
    return {
      place,
      flavor,
      isDir: (path) => {
        const node = fs.lookup(path);
        if (!node) return 'missing';
        if (node.type !== 'dir') return 'file';
        return allowed(node, cred, 1) ? 'dir' : 'denied';
      },
      home: () => place.env.get('HOME') ?? '/',
      exit: (code) => {
        this.pendingExit = code;
      },
      history: () => this.history,
    };
  }

  /**
   * `$$`: the shell's PID as `ps` shows it where it runs (its PID in the container's namespace);
   * a script run as a program (`sh -c`) is that program's process.
   */
  private shellPid(place: Place, pid: number | undefined): string | undefined {
    const p = this.hostAt(place).kernel.procs.get(pid ?? place.pid ?? -1);
    if (!p) return undefined;
    return String(place.kind === 'container' ? p.nsPid : p.pid);
  }

  private runtime(place: Place, _stdin = '', pid?: number): ShellRuntime {
    const flavor = this.flavorOf(place);
    const fs = this.fsOf(place);
    const cred = this.credOf(place);
    const sh = flavor === 'busybox' ? 'sh' : 'bash';
    return {
      flavor,
      getVar: (name) => (name === '$' ? this.shellPid(place, pid) : place.vars.get(name) ?? (name === '?' ? '0' : undefined)),
      setVar: (name, value) => {
        place.vars.set(name, value);
      },
      exec: (argv, input, assignments) => this.execArgv(place, argv, input, assignments, true),
      writeFile: (path, content, append) => {
        const abs = normalizePath(path, place.cwd);
        const node = fs.lookup(abs);
        const parent = fs.lookup(abs.slice(0, abs.lastIndexOf('/')) || '/');
        const deny = flavor === 'busybox' ? `sh: can't create ${path}: Permission denied` : `${sh}: ${path}: Permission denied`;
        if (node?.type === 'dir') return flavor === 'busybox' ? `sh: can't create ${path}: Is a directory` : `${sh}: ${path}: Is a directory`;
        if (!parent) return flavor === 'busybox' ? `sh: can't create ${path}: nonexistent directory` : `${sh}: ${path}: No such file or directory`;
        if (node ? !allowed(node, cred, 2) : !allowed(parent, cred, 2)) return deny;
        const before = node?.type === 'file' && append ? (typeof node.content === 'function' ? node.content() : node.content) : '';
        fs.writeFile(abs, before + content, { uid: cred.uid, gid: cred.gids[0] ?? 0 });
        return undefined;
      },
      readFile: (path) => this.readFileIn(place, path),
      homeOf: (user) => this.hostAt(place).kernel.users.user(user)?.home,
      hasExited: () => this.pendingExit !== undefined,
    };
  }
}
