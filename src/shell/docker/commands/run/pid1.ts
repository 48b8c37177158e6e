import type { Container, Listener } from '../../../../sim/daemon/model.js';
import type { SimHost } from '../../../../sim/host.js';
import { dockerImageHost } from '../../cli/socket.js';
import { apacheStartup, mysqlEntrypointError, mysqlStartup, nginxEntrypoint, nginxStartup } from './service-logs.js';
import { splitShList } from './sh-list.js';

/**
 * What a container's PID 1 does once runc has started it. The simulator cannot run the
 * images' real binaries, so each program learners meet is modelled by what decides the
 * container's life: does it stay up (a server, `sleep`, a shell on a terminal), what does it
 * listen on, what does it write at start, and how does it end on `docker stop` (SIGTERM: a
 * shell or `sleep` as PID 1 ignores it and is killed after the timeout, 137; a server that
 * handles its stop signal exits 0). Everything else runs once, at once, through the shell.
 */
export type Pid1Plan =
  /**
   * Stays up: a server or a waiting program. `argv` is PID 1's command line once the image's
   * entrypoint (and a shell that runs its last command in its own place) has exec'd it;
   * `prelude` is the head of a `sh -c 'a; b; sleep 3600'` script, run first by PID 1 (`joiner`
   * says whether the rest depends on its status); `child` is that last command when the shell
   * forks it instead of exec'ing it.
   */
  | { readonly kind: 'service'; readonly listeners: readonly Listener[]; readonly stdout: string; readonly stderr: string; readonly stopExit: number; readonly finishesAfter?: number; readonly argv: readonly string[]; readonly env?: ReadonlyMap<string, string>; readonly prelude?: { readonly shell: string; readonly script: string; readonly joiner: ';' | '&&'; readonly commands: readonly string[] }; readonly child?: readonly string[] }
  /** A shell that reads commands from its terminal or stdin: stays up while one is open. */
  | { readonly kind: 'shell'; readonly shell: string; readonly argv: readonly string[]; readonly env?: ReadonlyMap<string, string> }
  /** Runs `argv` once through the session (after `stdout`/`stderr`, e.g. an entrypoint's lines). */
  | { readonly kind: 'once'; readonly argv: readonly string[]; readonly stdout: string; readonly stderr: string; readonly env?: ReadonlyMap<string, string> }
  /** A modelled program that ends by itself with this output (an entrypoint refusing to start). */
  | { readonly kind: 'exit'; readonly stdout: string; readonly stderr: string; readonly code: number }
  /** Not modelled: the caller says so rather than invent. */
  | { readonly kind: 'unsupported'; readonly what: string };

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export const APACHE_PAGE = '<html><body><h1>It works!</h1></body></html>\n';
export const NGINX_PAGE = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const tcp = (port: number, program: string, httpBody?: string, bind: Partial<Pick<Listener, 'address' | 'v6only' | 'backlog'>> = {}): Listener => ({ proto: 'tcp', port, address: '0.0.0.0', program, ...bind, ...(httpBody !== undefined ? { httpBody } : {}) });

/**
 * Where the servers bind. Apache's `Listen 80` is one IPv6 socket that takes IPv4 too (ss:
 * `*:80`, busybox netstat: `:::80`), as are busybox httpd's (backlog 9, as the fixture images'
 * httpd shows) and Go's `:5000` (the registry; Go's backlog is the kernel's somaxconn). The
 * nginx image's default.conf has `listen 80;` and, enabled by its entrypoint,
 * `listen [::]:80;` (IPv6 only): two sockets.
 */
const APACHE = { address: '::' } as const;
const BUSYBOX_HTTPD = { address: '::', backlog: 9 } as const;
const GO_ANY = { address: '::', backlog: 4096 } as const;
const nginxListeners = (): Listener[] => [tcp(80, 'nginx', NGINX_PAGE), tcp(80, 'nginx', NGINX_PAGE, { address: '::', v6only: true })];

function service(argv: readonly string[], listeners: readonly Listener[], stopExit: number, stdout = '', stderr = ''): Pid1Plan {
  return { kind: 'service', listeners, stdout, stderr, stopExit, argv };
}

/** The container's environment as its processes see it. */
function envOf(c: Container): Map<string, string> {
  return new Map(c.config.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
}

/** The command PID 1 runs: the entrypoint followed by the command. */
export function pid1Argv(c: Container): string[] {
  return [...(c.config.entrypoint ?? []), ...(c.config.cmd ?? [])];
}

/** Is this `sh -c` script an endless loop? */
function scriptLoops(script: string): boolean {
  return /\bwhile\s+(true|:|\[\s*1\s*\])\s*;?\s*do\b/.test(script) || /\bfor\s*\(\(\s*;\s*;\s*\)\)/.test(script);
}

/** Does the script end by waiting forever (its last command, however the script is built)? */
function scriptEndsWaiting(script: string): boolean {
  const last = script.split(/;|&&|\|\||\n/).map((s) => s.trim()).filter(Boolean).pop() ?? '';
  return waits(last.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, '')));
}

/** Programs that wait (until stopped) rather than finish. */
function waits(argv: readonly string[]): boolean {
  const [cmd = '', ...args] = argv;
  const name = base(cmd === 'exec' ? (args.shift() ?? '') : cmd);
  if (name === 'sleep') return args.length > 0 && (args[0] === 'infinity' || Number(args[0]) >= 1);
  if (name === 'tail') return args.some((a) => /^-[a-zA-Z]*[fF]/.test(a));
  if (name === 'top') return true;
  if (name === 'nc' || name === 'netcat') return args.some((a) => /^-[a-zA-Z]*l/.test(a));
  if (name === 'httpd') return args.some((a) => /^-[a-zA-Z]*f/.test(a));
  if (name === 'ping' || name === 'ping6') return !args.some((a) => /^-[a-zA-Z]*c/.test(a));
  return false;
}

/**
 * The docker images' docker-entrypoint.sh: with no DOCKER_HOST, a mounted
 * /var/run/docker.sock wins, else tcp://docker:2375 (a dind service container): it exports
 * that before `exec "$@"`, so PID 1 and what it runs have it.
 */
function dockerEntrypointEnv(host: SimHost, c: Container, env: ReadonlyMap<string, string>): ReadonlyMap<string, string> | undefined {
  if (env.get('DOCKER_HOST')) return undefined;
  const fs = host.daemon.rootfs.get(c.id);
  return fs ? new Map([['DOCKER_HOST', dockerImageHost({ fs })]]) : undefined;
}

/** The registry image's /entrypoint.sh: a config file or a registry subcommand runs the registry. */
function registryArgv(rest: readonly string[]): readonly string[] {
  const first = rest[0] ?? '';
  if (/\.ya?ml$/.test(first)) return ['registry', 'serve', ...rest];
  if (['serve', 'garbage-collect', 'help'].includes(first) || first.startsWith('-')) return ['registry', ...rest];
  return rest;
}

/**
 * The plan for a container's PID 1. `stdinOpen`: the container has a terminal or a stdin that
 * stays open (`-t`, `-i` with -d, or attached stdin the session keeps), which keeps a shell up.
 */
export function planPid1(host: SimHost, c: Container, stdinOpen: boolean): Pid1Plan {
  const image = host.daemon.images.get(c.config.imageId);
  const repo = image?.spec.repository ?? '';
  const env = envOf(c);
  let argv = pid1Argv(c);
  let preOut = '';
  let extraEnv: ReadonlyMap<string, string> | undefined;
  // The images' entrypoint scripts: what they print, then `exec "$@"`.
  const first = argv[0] ?? '';
  if (first === '/docker-entrypoint.sh' && repo === 'nginx') {
    argv = argv.slice(1);
    if (argv[0] === 'nginx' || argv[0] === 'nginx-debug') preOut = nginxEntrypoint();
  } else if (first === 'docker-entrypoint.sh' && repo === 'mysql') {
    argv = argv.slice(1);
    if ((argv[0] ?? '').startsWith('-')) argv = ['mysqld', ...argv];
    if (argv[0] === 'mysqld') {
      if (!env.get('MYSQL_ROOT_PASSWORD') && !env.get('MYSQL_ALLOW_EMPTY_PASSWORD') && !env.get('MYSQL_RANDOM_ROOT_PASSWORD')) {
        return { kind: 'exit', ...mysqlEntrypointError(host.clock.now(), image?.spec.env ?? []), code: 1 };
      }
      return service(argv, [tcp(3306, 'mysqld'), tcp(33060, 'mysqld')], 0, mysqlStartup(host.clock.now(), image?.spec.env ?? []), '');
    }
  } else if (first === 'docker-entrypoint.sh' && repo === 'docker') {
    argv = argv.slice(1);
    if (argv.length > 0 && (argv[0]?.startsWith('-') || DOCKER_SUBCOMMANDS.has(argv[0] as string))) argv = ['docker', ...argv];
    extraEnv = dockerEntrypointEnv(host, c, env);
  } else if (first === 'dockerd-entrypoint.sh') {
    const rest = argv.slice(1);
    if (rest.length === 0 || rest[0]?.startsWith('-') || rest[0] === 'dockerd') return { kind: 'unsupported', what: 'dockerd in a container (Docker in Docker)' };
    argv = rest[0] === 'docker' ? rest : DOCKER_SUBCOMMANDS.has(rest[0] as string) ? ['docker', ...rest] : rest;
    extraEnv = dockerEntrypointEnv(host, c, env);
  } else if (first === '/entrypoint.sh' && repo === 'registry') {
    return service(registryArgv(argv.slice(1)), [tcp(5000, 'registry', '{}', GO_ANY)], 0);
  }
  const plan = planCommand(host, c, argv, env, preOut, stdinOpen);
  if (!extraEnv) return plan;
  return plan.kind === 'service' || plan.kind === 'once' || plan.kind === 'shell' ? { ...plan, env: extraEnv } : plan;
}

/** What PID 1 does once the entrypoint (if any) has exec'd `argv`. */
function planCommand(host: SimHost, c: Container, argv: readonly string[], env: ReadonlyMap<string, string>, preOut: string, stdinOpen: boolean): Pid1Plan {
  const [cmd = '', ...args] = argv;
  const name = base(cmd);
  // httpd-foreground: `exec httpd -DFOREGROUND "$@"`.
  if (name === 'httpd-foreground') return service(['httpd', '-DFOREGROUND', ...args], [tcp(80, 'httpd', APACHE_PAGE, APACHE)], 0, '', apacheStartup(host, c, env));
  if (name === 'nginx') {
    // nginx retitles its master process (ngx_setproctitle): "nginx: master process " + its argv.
    if (args.join(' ').includes('daemon off;')) return service([`nginx: master process ${argv.join(' ')}`], nginxListeners(), 0, preOut, nginxStartup(host, c, env));
    return { kind: 'once', argv, stdout: preOut, stderr: '' };
  }
  if (name === 'mysqld') return service(argv, [tcp(3306, 'mysqld'), tcp(33060, 'mysqld')], 0);
  if (name === 'registry') return service(argv, [tcp(5000, 'registry', '{}', GO_ANY)], 0);
  if (name === 'httpd' && args.some((a) => /^-[a-zA-Z]*f/.test(a))) {
    const pIdx = args.indexOf('-p');
    const port = pIdx >= 0 ? Number((args[pIdx + 1] ?? '80').split(':').pop()) : 80;
    return service(argv, [tcp(Number.isFinite(port) ? port : 80, 'httpd', undefined, BUSYBOX_HTTPD)], 137, preOut);
  }
  if (name === 'top') return service(argv, [], 143, preOut);
  if (name === 'sleep' && waits(argv) && /^\d+(\.\d+)?$/.test(args[0] ?? '')) {
    return { kind: 'service', listeners: [], stdout: preOut, stderr: '', stopExit: 137, finishesAfter: Number(args[0]), argv };
  }
  if (waits(argv)) {
    const nc = name === 'nc' || name === 'netcat';
    const pIdx = args.findIndex((a) => a === '-p' || /^-[a-zA-Z]*p$/.test(a));
    const ncPort = nc && pIdx >= 0 ? Number(args[pIdx + 1]) : NaN;
    return service(argv, Number.isFinite(ncPort) ? [tcp(ncPort, 'nc')] : [], 137, preOut);
  }
  if (SHELLS.has(name)) {
    const dashC = args.indexOf('-c');
    if (dashC >= 0) return planScript(host, c, argv, name, args[dashC + 1] ?? '', env, preOut);
    const operands = args.filter((a) => !a.startsWith('-'));
    if (operands.length > 0) return { kind: 'once', argv, stdout: preOut, stderr: '' };
    if (stdinOpen) return { kind: 'shell', shell: name === 'bash' ? 'bash' : name === 'zsh' ? 'zsh' : 'sh', argv };
    return { kind: 'once', argv, stdout: preOut, stderr: '' };
  }
  if (name === 'cat' && args.length === 0 && stdinOpen) return service(argv, [], 137, preOut);
  return { kind: 'once', argv, stdout: preOut, stderr: '' };
}

/**
 * `sh -c SCRIPT` as PID 1. A plain list whose last command waits (`echo x > /tmp/f; sleep
 * 3600`) runs its head first, then that command: busybox ash execs a script's last simple
 * command in its own place (PID 1 becomes `sleep 3600`), as bash does a lone command (its
 * "one shot"); dash and bash otherwise fork it as PID 1's child. Loops and richer scripts
 * that end waiting stay up as they are; anything else runs once.
 */
function planScript(host: SimHost, c: Container, argv: readonly string[], shell: string, script: string, env: ReadonlyMap<string, string>, preOut: string): Pid1Plan {
  const list = scriptLoops(script) ? undefined : splitShList(script);
  const tail = list ? planCommand(host, c, list.last[0] === 'exec' ? list.last.slice(1) : list.last, env, '', false) : undefined;
  if (list && tail?.kind === 'service') {
    const busybox = host.daemon.images.get(c.config.imageId)?.spec.userland.flavor === 'busybox';
    const execs = list.last[0] === 'exec' || (busybox && (shell === 'sh' || shell === 'ash')) || (shell === 'bash' && list.head === '');
    return {
      ...tail,
      stdout: preOut + tail.stdout,
      argv: execs ? tail.argv : argv,
      ...(execs ? {} : { child: tail.argv, stopExit: 137 }),
      ...(list.head ? { prelude: { shell, script: list.head, joiner: list.joiner === '&&' ? '&&' : ';', commands: list.headCommands } } : {}),
    };
  }
  if (scriptLoops(script) || scriptEndsWaiting(script)) return service(argv, [], 137, preOut);
  return { kind: 'once', argv, stdout: preOut, stderr: '' };
}

/** The docker CLI's commands, which docker's entrypoint prefixes with `docker`. */
const DOCKER_SUBCOMMANDS = new Set(['attach', 'build', 'builder', 'checkpoint', 'commit', 'config', 'container', 'context', 'cp', 'create', 'diff', 'events', 'exec', 'export', 'history', 'image', 'images', 'import', 'info', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'manifest', 'network', 'node', 'pause', 'plugin', 'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'search', 'secret', 'service', 'stack', 'start', 'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust', 'unpause', 'update', 'version', 'volume', 'wait']);

/**
 * How PID 1 ends on `docker stop` (SIGTERM, then SIGKILL after the timeout): its exit code.
 * Recomputed from the container's configuration, as the program is.
 */
export function stopExitCode(host: SimHost, c: Container): number {
  const plan = planPid1(host, c, c.config.tty || c.config.openStdin);
  if (plan.kind === 'service') return plan.stopExit;
  return 137; // a shell, or anything still running, ignores SIGTERM as PID 1
}
