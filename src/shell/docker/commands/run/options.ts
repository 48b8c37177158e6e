import { normalizePath } from '../../../../sim/kernel/fs.js';
import type { CreateContainerOptions } from '../../../../sim/daemon/containers.js';
import type { PortBinding } from '../../../../sim/daemon/model.js';
import { type ParsedFlags, flagBool, flagString, flagStrings } from '../../cli/flags.js';
import { isIp, parseExpose, parsePortSpec } from './publish.js';

/** What `docker run`/`docker create` asked for, ready for the daemon. */
export interface RunRequest {
  readonly image: string;
  readonly options: CreateContainerOptions;
  readonly detach: boolean;
  readonly interactive: boolean;
  readonly tty: boolean;
  /** Streams the client attaches to (`-a`); empty means stdout and stderr. */
  readonly attach: readonly string[];
}

export type RunParse = { readonly ok: true; readonly req: RunRequest } | { readonly ok: false; readonly error: string } | { readonly ok: false; readonly notSimulated: string };

/** The flags whose effect the simulator models; any other given flag is said to be not simulated. */
const SIMULATED = new Set([
  'detach', 'interactive', 'tty', 'rm', 'name', 'env', 'volume', 'publish', 'publish-all', 'network', 'net',
  'network-alias', 'net-alias', 'ip', 'link', 'hostname', 'privileged', 'add-host', 'dns', 'workdir',
  'entrypoint', 'expose', 'user', 'label', 'restart', 'domainname', 'attach', 'sig-proxy', 'pull', 'quiet', 'help',
  'dns-search', 'dns-option', 'dns-opt',
]);

/** Flag checks pflag makes while parsing (their errors are usage errors, exit 125). */
export const RUN_VALIDATORS: Readonly<Record<string, (raw: string) => string | undefined>> = {
  env: (v) => (v.split('=')[0] === '' ? `invalid environment variable: ${v}` : undefined),
  'add-host': (v) => {
    let i = v.indexOf('=');
    if (i < 0) i = v.indexOf(':');
    const k = i < 0 ? '' : v.slice(0, i);
    let ip = v.slice(i + 1);
    if (i < 0 || k === '' || k.includes(':')) return `bad format for add-host: ${JSON.stringify(v)}`;
    if (ip === 'host-gateway') return undefined;
    if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    return isIp(ip.trim()) ? undefined : `invalid IP address in add-host: ${JSON.stringify(ip)}`;
  },
  dns: (v) => (isIp(v.trim()) ? undefined : `IP address is not correctly formatted: ${v}`),
  link: (v) => (v === '' ? 'empty string specified for links' : v.split(':').length > 2 ? `bad format for links: ${v}` : undefined),
  attach: (v) => (['stdin', 'stdout', 'stderr'].includes(v.toLowerCase()) ? undefined : 'valid streams are STDIN, STDOUT and STDERR'),
};

/** `-e FOO` takes FOO from the client's environment, or is passed as it is. */
function envList(p: ParsedFlags, clientEnv: ReadonlyMap<string, string>): string[] {
  return flagStrings(p, 'env').map((e) => {
    if (e.includes('=')) return e;
    const v = clientEnv.get(e);
    return v === undefined ? e : `${e}=${v}`;
  });
}

/** `--restart` as opts.ParseRestartPolicy reads it. */
function restartPolicy(raw: string | undefined): { name: string } | { error: string } {
  if (raw === undefined || raw === '') return { name: '' };
  const i = raw.indexOf(':');
  if (i === 0) return { error: 'invalid restart policy format: no policy provided before colon' };
  if (i > 0 && raw.slice(i + 1) !== '' && !/^[+-]?\d+$/.test(raw.slice(i + 1))) return { error: 'invalid restart policy format: maximum retry count must be an integer' };
  return { name: i > 0 ? raw.slice(0, i) : raw };
}

/** `-v SRC:DST[:MODE]` and `-v DST` (loader.ParseVolume, the parts the simulator models). */
function volumes(list: readonly string[], cwd: string): { binds: string[] } | { error: string } | { notSimulated: string } {
  const binds: string[] = [];
  for (const v of list) {
    const parts = v.split(':');
    if (parts.length === 1) return { notSimulated: `-v ${v}` }; // an anonymous volume
    if (parts.length > 3) return { error: `invalid volume specification: '${v}'` };
    const [given = '', dst = '', mode] = parts;
    const src = given.startsWith('.') ? normalizePath(given, cwd) : given;
    binds.push([src, dst, ...(mode !== undefined ? [mode] : [])].join(':'));
  }
  return { binds };
}

/** Flags and arguments → the create request, with the CLI's own checks and their texts. */
export function parseRunRequest(p: ParsedFlags, args: readonly string[], clientEnv: ReadonlyMap<string, string>, cwd: string): RunParse {
  for (const name of p.values.keys()) {
    if (!SIMULATED.has(name)) return { ok: false, notSimulated: `--${name}` };
  }
  const user = flagString(p, 'user');
  if (user !== undefined && user !== '' && user !== 'root' && user !== '0' && user !== '0:0') return { ok: false, notSimulated: '--user' };
  const [image = '', ...cmd] = args;
  const vols = volumes(flagStrings(p, 'volume'), cwd);
  if ('error' in vols) return { ok: false, error: vols.error };
  if ('notSimulated' in vols) return { ok: false, notSimulated: vols.notSimulated };
  const bindings: PortBinding[] = [];
  const exposed: string[] = [];
  for (const raw of flagStrings(p, 'publish')) {
    if (raw.includes('=')) return { ok: false, notSimulated: `-p ${raw}` };
    const r = parsePortSpec(raw);
    if (!r.ok) return { ok: false, error: r.error };
    bindings.push(...r.value);
  }
  for (const raw of flagStrings(p, 'expose')) {
    const r = parseExpose(raw);
    if (!r.ok) return { ok: false, error: r.error };
    exposed.push(...r.value);
  }
  const restart = restartPolicy(flagString(p, 'restart'));
  if ('error' in restart) return { ok: false, error: restart.error };
  const autoRemove = flagBool(p, 'rm');
  if (autoRemove && restart.name !== '' && restart.name !== 'no') return { ok: false, error: 'conflicting options: cannot specify both --restart and --rm' };
  const nets = [...flagStrings(p, 'network'), ...flagStrings(p, 'net')];
  if (nets.length > 1) return { ok: false, notSimulated: '--network (more than one)' };
  const networkMode = nets[0] ?? 'default';
  const aliases = [...flagStrings(p, 'network-alias'), ...flagStrings(p, 'net-alias')];
  const links = flagStrings(p, 'link');
  const entrypoint = flagString(p, 'entrypoint');
  const hostname = flagString(p, 'hostname');
  const workdir = flagString(p, 'workdir');
  const ip = flagString(p, 'ip');
  const labels = new Map(flagStrings(p, 'label').map((l) => [l.split('=')[0] ?? l, l.includes('=') ? l.slice(l.indexOf('=') + 1) : ''] as [string, string]));
  const options: CreateContainerOptions = {
    image,
    ...(flagString(p, 'name') !== undefined ? { name: flagString(p, 'name') as string } : {}),
    ...(cmd.length > 0 ? { cmd } : {}),
    ...(entrypoint !== undefined ? { entrypoint: [entrypoint] } : {}),
    env: envList(p, clientEnv),
    ...(hostname !== undefined ? { hostname } : {}),
    ...(flagString(p, 'domainname') !== undefined ? { domainname: flagString(p, 'domainname') as string } : {}),
    ...(user !== undefined ? { user } : {}),
    ...(workdir !== undefined ? { workingDir: workdir } : {}),
    tty: flagBool(p, 'tty'),
    openStdin: flagBool(p, 'interactive'),
    exposedPorts: exposed,
    labels,
    hostConfig: {
      networkMode,
      portBindings: bindings,
      publishAllPorts: flagBool(p, 'publish-all'),
      binds: vols.binds,
      links,
      autoRemove,
      privileged: flagBool(p, 'privileged'),
      restartPolicy: restart.name,
      extraHosts: flagStrings(p, 'add-host').map((h) => h.replace('=', ':').replace(/:\[(.*)\]$/, ':$1')),
      dns: flagStrings(p, 'dns'),
      dnsSearch: flagStrings(p, 'dns-search'),
      dnsOptions: [...flagStrings(p, 'dns-option'), ...flagStrings(p, 'dns-opt')],
    },
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(ip !== undefined ? { ipv4Address: ip } : {}),
  };
  return {
    ok: true,
    req: { image, options, detach: flagBool(p, 'detach'), interactive: flagBool(p, 'interactive'), tty: flagBool(p, 'tty'), attach: flagStrings(p, 'attach').map((a) => a.toLowerCase()) },
  };
}
