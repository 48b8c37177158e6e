import { linkedContainer } from './links.js';
import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/**
 * The environment a container's processes get, as Engine 20.10 builds it
 * (container.CreateDaemonEnvironment): PATH and HOSTNAME, TERM with a terminal, the
 * variables of each --link (daemon/links: ALIAS_PORT…, ALIAS_NAME, ALIAS_ENV_…), then the
 * container's own Env replacing or appending; runc adds HOME last when it is missing.
 */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** daemon/links.Link.ToEnv for one link `/target:/parent/alias`. */
function linkEnv(s: DaemonState, c: Container, link: string): string[] {
  const aliasPath = link.slice(link.indexOf(':') + 1);
  // The container the link graph holds, not whichever has its name now.
  const target = linkedContainer(s, c, aliasPath.slice(aliasPath.lastIndexOf('/') + 1));
  if (!target) return [];
  const ip = [...target.networks.values()].map((a) => (a.endpointId ? s.endpoints.get(a.endpointId)?.ip : undefined)).find((x) => x) ?? '';
  const alias = aliasPath.slice(aliasPath.lastIndexOf('/') + 1).toUpperCase().replace(/-/g, '_');
  const ports = target.config.exposedPorts
    .map((p) => ({ port: Number(p.split('/')[0]), proto: p.split('/')[1] ?? 'tcp' }))
    .sort((a, b) => a.port - b.port || (a.proto === 'tcp' ? -1 : b.proto === 'tcp' ? 1 : 0));
  const env: string[] = [];
  const first = ports[0];
  if (first) env.push(`${alias}_PORT=${first.proto}://${ip}:${first.port}`);
  for (let i = 0; i < ports.length; ) {
    let j = i;
    while (j + 1 < ports.length && ports[j + 1]?.port === (ports[j]?.port ?? 0) + 1) j++;
    if (j > i) {
      const p = ports[i] as { port: number; proto: string };
      const q = ports[j] as { port: number; proto: string };
      const P = `${alias}_PORT_${p.port}_${p.proto.toUpperCase()}`;
      env.push(`${P}_START=${p.proto}://${ip}:${p.port}`, `${P}_ADDR=${ip}`, `${P}_PROTO=${p.proto}`, `${P}_PORT_START=${p.port}`);
      env.push(`${alias}_PORT_${p.port}_${q.proto.toUpperCase()}_END=${q.proto}://${ip}:${q.port}`, `${alias}_PORT_${p.port}_${q.proto.toUpperCase()}_PORT_END=${q.port}`);
      i = j + 1;
    } else i++;
  }
  for (const p of ports) {
    const P = `${alias}_PORT_${p.port}_${p.proto.toUpperCase()}`;
    env.push(`${P}=${p.proto}://${ip}:${p.port}`, `${P}_ADDR=${ip}`, `${P}_PORT=${p.port}`, `${P}_PROTO=${p.proto}`);
  }
  env.push(`${alias}_NAME=${aliasPath}`);
  for (const e of target.config.env) {
    const k = e.slice(0, e.indexOf('='));
    if (e.includes('=') && k !== 'HOME' && k !== 'PATH') env.push(`${alias}_ENV_${e}`);
  }
  return env;
}

/** ReplaceOrAppendEnvValues: a key already there keeps its place and takes the new value. */
function replaceOrAppend(base: string[], extra: readonly string[]): string[] {
  const out = [...base];
  for (const e of extra) {
    const k = e.includes('=') ? e.slice(0, e.indexOf('=')) : e;
    const i = out.findIndex((x) => x.slice(0, x.indexOf('=')) === k);
    if (!e.includes('=')) {
      if (i >= 0) out.splice(i, 1); // `-e FOO` with FOO unset in the client: removed
      continue;
    }
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

/** The environment of a process in the container (PID 1 or `docker exec`, with `tty` for a terminal). */
export function processEnv(s: DaemonState, c: Container, tty = c.config.tty, execEnv: readonly string[] = []): string[] {
  const base = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${c.config.hostname}`, ...(tty ? ['TERM=xterm'] : [])];
  for (const l of c.hostConfig.links) base.push(...linkEnv(s, c, l));
  const env = replaceOrAppend(replaceOrAppend(base, c.config.env), execEnv);
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root');
  return env;
}
