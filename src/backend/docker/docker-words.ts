import { simpleCommands, strippedCommand } from './words.js';

/**
 * Reading docker command lines as the docker CLI 28 does, for what the real backend needs to
 * know before running a lesson: which names it creates or removes, which images it runs,
 * which host ports it publishes. Only the commands lessons use are read; flags that take a
 * value are listed from `docker run --help` (CLI 28.2) so that a value is never read as the
 * image.
 */
export interface DockerCall {
  /** The canonical command path: `run` is `container run`, `rmi` is `image rm`. */
  readonly path: string;
  /** Flags, with their values (`--name` → ['pc1']); a boolean flag maps to ['']. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
  readonly args: readonly string[];
}

const SHORTCUTS: Readonly<Record<string, string>> = {
  run: 'container run', create: 'container create', rm: 'container rm', rename: 'container rename', start: 'container start',
  rmi: 'image rm', pull: 'image pull', build: 'image build', tag: 'image tag', load: 'image load', import: 'image import',
};
const ALIASES: Readonly<Record<string, string>> = { remove: 'rm', delete: 'rm', list: 'ls', ps: 'ls' };
const MANAGEMENT = new Set(['container', 'image', 'network', 'volume', 'swarm', 'service', 'node', 'system', 'context', 'builder', 'plugin']);

/** `docker` flags that come before the command and take a value. */
const GLOBAL_VALUE = new Set(['--config', '-c', '--context', '-H', '--host', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);

/** Flags of `docker run`/`create` that take a value (long names; short ones map to these). */
const RUN_VALUE = new Set([
  'add-host', 'annotation', 'attach', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop', 'cgroup-parent', 'cgroupns', 'cidfile',
  'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems', 'detach-keys', 'device',
  'device-cgroup-rule', 'device-read-bps', 'device-read-iops', 'device-write-bps', 'device-write-iops', 'dns', 'dns-option', 'dns-opt',
  'dns-search', 'domainname', 'entrypoint', 'env', 'env-file', 'expose', 'gpus', 'group-add', 'health-cmd', 'health-interval',
  'health-retries', 'health-start-period', 'health-start-interval', 'health-timeout', 'hostname', 'ip', 'ip6', 'ipc', 'isolation',
  'kernel-memory', 'label', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt', 'mac-address', 'memory', 'memory-reservation',
  'memory-swap', 'memory-swappiness', 'mount', 'name', 'network', 'net', 'network-alias', 'net-alias', 'oom-score-adj', 'pid',
  'pids-limit', 'platform', 'publish', 'pull', 'restart', 'runtime', 'security-opt', 'shm-size', 'stop-signal', 'stop-timeout',
  'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user', 'userns', 'uts', 'volume', 'volume-driver', 'volumes-from', 'workdir',
]);
const RUN_SHORT: Readonly<Record<string, string>> = {
  a: 'attach', c: 'cpu-shares', d: 'detach', e: 'env', h: 'hostname', i: 'interactive', l: 'label', m: 'memory', p: 'publish',
  P: 'publish-all', q: 'quiet', t: 'tty', u: 'user', v: 'volume', w: 'workdir',
};
/** Other commands' flags that take a value, as far as lessons use them. */
const OTHER_VALUE: Readonly<Record<string, readonly string[]>> = {
  'network create': ['driver', 'd', 'subnet', 'gateway', 'ip-range', 'ipam-driver', 'ipam-opt', 'opt', 'o', 'label', 'aux-address', 'scope', 'config-from'],
  'volume create': ['driver', 'd', 'opt', 'o', 'label', 'name'],
  'container rm': [],
  'image build': ['tag', 't', 'file', 'f', 'build-arg', 'target', 'network', 'platform', 'label'],
  'swarm init': ['advertise-addr', 'listen-addr', 'data-path-addr', 'data-path-port', 'default-addr-pool', 'default-addr-pool-mask-length', 'availability', 'cert-expiry', 'dispatcher-heartbeat', 'external-ca', 'max-snapshots', 'snapshot-interval', 'task-history-limit'],
  'swarm join': ['advertise-addr', 'listen-addr', 'data-path-addr', 'availability', 'token'],
};

/** Reads one simple command (already split into words) as a docker call, or undefined. */
export function dockerCall(words: readonly string[]): DockerCall | undefined {
  const argv = strippedCommand(words);
  if (argv[0] !== 'docker' && !/\/docker$/.test(argv[0] ?? '')) return undefined;
  let i = 1;
  while (i < argv.length && (argv[i] as string).startsWith('-')) i += GLOBAL_VALUE.has(argv[i] as string) ? 2 : 1;
  let first = argv[i++];
  if (first === undefined) return undefined;
  let path: string;
  if (MANAGEMENT.has(first)) {
    const verb = argv[i++];
    if (verb === undefined) return undefined;
    path = `${first} ${ALIASES[verb] ?? verb}`;
  } else {
    first = SHORTCUTS[first] ?? first;
    path = first;
  }
  const isRun = path === 'container run' || path === 'container create';
  const valued = new Set(isRun ? RUN_VALUE : (OTHER_VALUE[path] ?? []));
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  const args: string[] = [];
  for (; i < argv.length; i++) {
    const w = argv[i] as string;
    // After a run's image everything belongs to the container's command.
    if (args.length > 0 && isRun) {
      args.push(w);
      continue;
    }
    if (w === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      if (eq >= 0) add(name, w.slice(eq + 1));
      else if (valued.has(name)) add(name, argv[++i] ?? '');
      else add(name, '');
    } else if (w.startsWith('-') && w.length > 1) {
      // A cluster of short flags (-dit, -dp 8080:80): the first that takes a value ends it.
      for (let j = 1; j < w.length; j++) {
        const letter = w[j] as string;
        const name = isRun ? (RUN_SHORT[letter] ?? letter) : letter;
        if (valued.has(name)) {
          add(name, j + 1 < w.length ? w.slice(j + 1).replace(/^=/, '') : (argv[++i] ?? ''));
          break;
        }
        add(name, '');
      }
    } else args.push(w);
  }
  return { path, flags, args };
}

/** Every docker call of a command line, in order. */
export function dockerCalls(line: string): DockerCall[] {
  return simpleCommands(line)
    .map(dockerCall)
    .filter((c): c is DockerCall => c !== undefined);
}

export const flag = (c: DockerCall, ...names: string[]): readonly string[] => names.flatMap((n) => c.flags.get(n) ?? []);
