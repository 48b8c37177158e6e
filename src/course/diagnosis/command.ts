import { simpleCommands } from '../../backend/docker/words.js';

/**
 * The learner's command line, read as far as the diagnosis rules need: where the program ran
 * (the host, a container by `docker exec`, a new container by `docker run`), what `docker
 * run` asked for, and what a ping aimed at. Only the first command of a pipeline or list
 * counts (the one whose failure the learner is looking at).
 */
export interface Publish {
  readonly hostIp: string;
  readonly hostPort: string;
  readonly containerPort: string;
}

export interface DockerRun {
  readonly name?: string;
  readonly image?: string;
  readonly network?: string;
  readonly detach: boolean;
  readonly publish: readonly Publish[];
  /** The command after the image (empty: the image's own). */
  readonly command: readonly string[];
}

export type Where =
  | { readonly kind: 'host' }
  | { readonly kind: 'container'; readonly name: string }
  | { readonly kind: 'image'; readonly image: string };

export interface ParsedCommand {
  readonly line: string;
  readonly argv: readonly string[];
  /** Where the (inner) program ran. */
  readonly where: Where;
  /** The program and its arguments as run there (inside `docker exec C …` and `docker run IMAGE …`). */
  readonly program: readonly string[];
  readonly run?: DockerRun;
}

// docker run / create flags that take a value (pflag: `--name web` or `--name=web`; short ones may be combined, the last one taking the value).
const RUN_VALUE_LONG = new Set(['name', 'network', 'net', 'publish', 'env', 'volume', 'workdir', 'user', 'hostname', 'entrypoint', 'add-host', 'dns', 'mount', 'label', 'restart', 'cpus', 'memory', 'ip', 'link', 'network-alias', 'expose', 'env-file', 'platform', 'pull', 'dns-search', 'dns-option', 'log-driver', 'cap-add', 'cap-drop', 'device', 'shm-size', 'stop-signal', 'ulimit']);
const RUN_VALUE_SHORT = new Set(['p', 'e', 'v', 'w', 'u', 'h', 'l', 'm']);
const EXEC_VALUE = new Set(['-e', '--env', '-u', '--user', '-w', '--workdir', '--env-file']);

function parsePublish(v: string): Publish {
  const parts = v.replace(/\/(tcp|udp|sctp)$/, '').split(':');
  if (parts.length >= 3) return { hostIp: parts.slice(0, -2).join(':'), hostPort: parts[parts.length - 2] ?? '', containerPort: parts[parts.length - 1] ?? '' };
  if (parts.length === 2) return { hostIp: '', hostPort: parts[0] ?? '', containerPort: parts[1] ?? '' };
  return { hostIp: '', hostPort: '', containerPort: parts[0] ?? '' };
}

/** `docker run [OPTIONS] IMAGE [COMMAND…]` (args after `run`). */
export function parseDockerRun(args: readonly string[]): DockerRun {
  const values = new Map<string, string[]>();
  const add = (k: string, v: string) => values.set(k, [...(values.get(k) ?? []), v]);
  let detach = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const [k = '', inline] = a.slice(2).split(/=(.*)/s);
      if (k === 'detach') detach = true;
      if (RUN_VALUE_LONG.has(k)) add(k === 'net' ? 'network' : k, inline ?? (args[++i] as string) ?? '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const ch = letters[j] as string;
        if (ch === 'd') detach = true;
        if (RUN_VALUE_SHORT.has(ch)) {
          const rest = letters.slice(j + 1);
          add({ p: 'publish', e: 'env', v: 'volume', w: 'workdir', u: 'user', h: 'hostname', l: 'label', m: 'memory' }[ch] as string, rest !== '' ? rest.replace(/^=/, '') : ((args[++i] as string) ?? ''));
          break;
        }
      }
      continue;
    }
    break;
  }
  const [image, ...command] = args.slice(i);
  const name = values.get('name')?.[0];
  const network = values.get('network')?.[0];
  return { ...(name ? { name } : {}), ...(image ? { image } : {}), ...(network ? { network } : {}), detach, publish: (values.get('publish') ?? []).map(parsePublish), command };
}

/** The container a prompt names (`root@0fa48359f36d:/#`: the hostname, by default the short ID). */
export function promptHost(prompt: string): string | undefined {
  return /^[^@\s]+@([^:\s]+):/.exec(prompt)?.[1];
}

/**
 * Reads a learner's line. `insideContainer` names the container whose shell the learner is
 * in (from the prompt), if any: a plain command then ran there.
 */
export function parseCommand(line: string, insideContainer?: string): ParsedCommand {
  let argv = simpleCommands(line)[0] ?? [];
  while (argv[0] === 'sudo') argv = argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('-')));
  const base: ParsedCommand = { line, argv, where: insideContainer ? { kind: 'container', name: insideContainer } : { kind: 'host' }, program: argv };
  if (argv[0] !== 'docker') return base;
  const words = argv.slice(1);
  const sub = words[0] === 'container' ? words[1] : words[0];
  const after = words.slice(words[0] === 'container' ? 2 : 1);
  if (sub === 'exec') {
    let i = 0;
    while (i < after.length && (after[i] as string).startsWith('-')) i += EXEC_VALUE.has(after[i] as string) ? 2 : 1;
    const name = after[i];
    return name ? { ...base, where: { kind: 'container', name }, program: after.slice(i + 1) } : base;
  }
  if (sub === 'run' || sub === 'create') {
    const run = parseDockerRun(after);
    return { ...base, ...(run.image ? { where: { kind: 'image', image: run.image } } : {}), program: run.command, run };
  }
  return base;
}

const PING_VALUE = new Set(['-c', '-W', '-w', '-i', '-s', '-t', '-I', '-l', '-p', '-Q']);

/** What a ping aimed at: its target (from the output's PING line when there is one) and whether it is a name. */
export function pingTarget(program: readonly string[], output: string): { readonly target: string; readonly byName: boolean } | undefined {
  const at = program.findIndex((w) => w === 'ping' || w.endsWith('/ping'));
  if (at < 0) return undefined;
  const fromOutput = /^PING (\S+) /m.exec(output)?.[1];
  let target = fromOutput;
  if (!target) {
    const args = program.slice(at + 1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      if (PING_VALUE.has(a)) i++;
      else if (!a.startsWith('-')) target = a;
    }
  }
  if (!target) return undefined;
  return { target, byName: !/^\d+\.\d+\.\d+\.\d+$/.test(target) };
}
