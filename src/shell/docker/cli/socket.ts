import { allowed } from '../../../sim/kernel/fs.js';
import { firstNameserver, resolveName } from '../../../sim/net/resolve.js';
import type { ProgramContext } from '../../program.js';
import { connectDockerSocket } from '../../host-tools/system/systemctl.js';

/** The API version a CLI 28 puts in its URLs when it could not negotiate one. */
export const CLIENT_API_VERSION = '1.50';
const SOCKET = '/var/run/docker.sock';

function verbOf(method: string): string {
  return method === 'HEAD' ? 'Head' : method === 'GET' ? 'Get' : method === 'POST' ? 'Post' : 'Delete';
}

/**
 * Where the docker image's entrypoint points the CLI (docker-entrypoint.sh, as the official
 * `docker` and `docker:cli` images and the fixtures have it): the host's socket when one was
 * mounted at /var/run/docker.sock, else a daemon called "docker" (a dind service container)
 * at tcp://docker:2375. Whoever runs that entrypoint puts this in the process's environment.
 */
export function dockerImageHost(ctx: Pick<ProgramContext, 'fs'>): string {
  return ctx.fs.lookup(SOCKET)?.type === 'socket' ? `unix://${SOCKET}` : 'tcp://docker:2375';
}

/**
 * DOCKER_HOST=tcp://NAME:PORT from inside a container: Go's resolver asks the container's
 * first nameserver; a name nobody knows fails as on a machine whose DNS answers NXDOMAIN
 * (`error during connect: Get "http://docker:2375/v1.50/containers/json": dial tcp: lookup
 * docker on 10.0.2.3:53: no such host`, CLI 28 behind a resolver answering NXDOMAIN; one that
 * refuses gives `Cannot connect to the Docker daemon at tcp://docker:2375`). A name that
 * resolves would need an engine listening there (a dind container): not simulated.
 */
function tcpDialError(ctx: ProgramContext, dockerHost: string, method: string, path: string): string | undefined {
  const m = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(dockerHost);
  if (!m || !ctx.container) return undefined;
  const [, name = '', port = ''] = m;
  if (resolveName(ctx.host, ctx.container, name).kind !== 'nxdomain') return undefined;
  const resolv = ctx.readFile('/etc/resolv.conf');
  const ns = resolv.kind === 'file' ? firstNameserver(resolv.content) : undefined;
  if (!ns) return undefined;
  const url = path === '/_ping' ? `http://${name}:${port}/_ping` : `http://${name}:${port}/v${CLIENT_API_VERSION}${path}`;
  return `error during connect: ${verbOf(method)} "${url}": dial tcp: lookup ${name} on ${ns}:53: no such host`;
}

/**
 * Can this process open the daemon's socket? On the host: the socket's mode and group
 * against the shell's login groups (why `usermod -aG docker` needs a new login). In a
 * container: only if the host's socket was bind-mounted in (Docker in Docker): its CLI
 * then drives the host's engine, and its containers are the container's siblings.
 */
export function dialError(ctx: ProgramContext, method: string, path: string): string | undefined {
  const dockerHost = ctx.env.get('DOCKER_HOST');
  if (dockerHost && dockerHost !== `unix://${SOCKET}`) {
    return tcpDialError(ctx, dockerHost, method, path) ?? `dockerlings: DOCKER_HOST=${dockerHost} is not simulated — only unix://${SOCKET}`;
  }
  const node = ctx.fs.lookup(SOCKET);
  const url = path === '/_ping' ? `http://%2Fvar%2Frun%2Fdocker.sock/_ping` : `http://%2Fvar%2Frun%2Fdocker.sock/v${CLIENT_API_VERSION}${path}`;
  const refused = `Cannot connect to the Docker daemon at unix://${SOCKET}. Is the docker daemon running?`;
  if (!node || node.type !== 'socket') return refused;
  // connect(2) checks the socket file's write permission before it looks for a listener.
  if (!allowed(node, ctx.cred, 4) || !allowed(node, ctx.cred, 2)) {
    return `permission denied while trying to connect to the Docker daemon socket at unix://${SOCKET}: ${verbOf(method)} "${url}": dial unix ${SOCKET}: connect: permission denied`;
  }
  // docker.socket still listening with docker.service stopped: systemd starts dockerd for this connection.
  connectDockerSocket(ctx);
  return ctx.host.dockerdUp ? undefined : refused;
}
