import type { Container } from '../../../../sim/daemon/model.js';
import type { SimHost } from '../../../../sim/host.js';
import { CPUS, KERNEL } from '../../../../sim/host-identity.js';

/**
 * What the official images' servers write when they start (`docker logs` shows it), with
 * the simulated clock, the container's address and the image's version variables.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

function envValue(env: ReadonlyMap<string, string> | readonly string[], key: string): string {
  if (env instanceof Map) return env.get(key) ?? '';
  const hit = (env as readonly string[]).find((e) => e.startsWith(`${key}=`));
  return hit ? hit.slice(key.length + 1) : '';
}

/** The container's first address, as `hostname -i` would give it (Apache uses it for its FQDN guess). */
function containerIp(host: SimHost, c: Container): string {
  for (const a of c.networks.values()) {
    const ep = a.endpointId ? host.daemon.endpoints.get(a.endpointId) : undefined;
    if (ep?.ip) return ep.ip;
  }
  return '127.0.0.1';
}

/** A thread id as Apache prints it: a large pointer-like number, stable per container. */
function threadId(c: Container): string {
  return String(139_600_000_000_000 + (parseInt(c.id.slice(0, 8), 16) % 1_000_000) * 256);
}

/** httpd-foreground: Apache's start-up lines on stderr (its error log). */
export function apacheStartup(host: SimHost, c: Container, env: ReadonlyMap<string, string>): string {
  const d = new Date(host.clock.now());
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  const stamp = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micros} ${d.getUTCFullYear()}`;
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${containerIp(host, c)}. Set the 'ServerName' directive globally to suppress this message\n`;
  const tid = threadId(c);
  return `${fqdn}${fqdn}[${stamp}] [mpm_event:notice] [pid 1:tid ${tid}] AH00489: Apache/${envValue(env, 'HTTPD_VERSION')} (Unix) configured -- resuming normal operations\n[${stamp}] [core:notice] [pid 1:tid ${tid}] AH00094: Command line: 'httpd -D FOREGROUND'\n`;
}

/** The nginx image's /docker-entrypoint.sh, before it execs nginx: on stdout. */
export function nginxEntrypoint(): string {
  const e = '/docker-entrypoint.sh';
  return [
    `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    `${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
    `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
    `${e}: Configuration complete; ready for start up`,
  ].map((l) => `${l}\n`).join('');
}

/** nginx's notices on stderr (its error log), one worker per CPU. */
export function nginxStartup(host: SimHost, _c: Container, env: ReadonlyMap<string, string>): string {
  const d = new Date(host.clock.now());
  const stamp = `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  const lines = [
    'using the "epoll" event method',
    `nginx/${envValue(env, 'NGINX_VERSION')}`,
    'built by gcc 12.2.0 (Debian 12.2.0-14) ',
    `OS: Linux ${KERNEL.release}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    ...Array.from({ length: CPUS }, (_, i) => `start worker process ${29 + i}`),
  ];
  return lines.map((l) => `${stamp} [notice] 1#1: ${l}\n`).join('');
}

function mysqlStamp(now: number): string {
  const d = new Date(now);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}+00:00`;
}

/** The mysql image's entrypoint without a password option: it refuses to initialise (exit 1). */
export function mysqlEntrypointError(now: number, imageEnv: readonly string[]): { stdout: string; stderr: string } {
  const s = mysqlStamp(now);
  const v = envValue(imageEnv, 'MYSQL_VERSION');
  return {
    stdout: `${s} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${v} started.\n${s} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n${s} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${v} started.\n`,
    stderr: `${s} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`,
  };
}

/** The mysql image's entrypoint with a password: its notes, up to the server being ready. */
export function mysqlStartup(now: number, imageEnv: readonly string[]): string {
  const s = mysqlStamp(now);
  const v = envValue(imageEnv, 'MYSQL_VERSION');
  return `${s} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${v} started.\n${s} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n${s} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${v} started.\n${s} [Note] [Entrypoint]: Initializing database files\n`;
}
