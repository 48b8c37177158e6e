import { allowed } from '../../../sim/kernel/fs.js';
import type { ProgramContext } from '../../program.js';

/** The API version a CLI 28 puts in its URLs when it could not negotiate one. */
export const CLIENT_API_VERSION = '1.50';
const SOCKET = '/var/run/docker.sock';

/**
 * Can this process open the daemon's socket? On the host: the socket's mode and group
 * against the shell's login groups (why `usermod -aG docker` needs a new login). In a
 * container: only if the host's socket was bind-mounted in (Docker in Docker).
 */
export function dialError(ctx: ProgramContext, method: string, path: string): string | undefined {
  const dockerHost = ctx.env.get('DOCKER_HOST');
  if (dockerHost && dockerHost !== `unix://${SOCKET}`) {
    return `dockerlings: DOCKER_HOST=${dockerHost} is not simulated — only unix://${SOCKET}`;
  }
  const node = ctx.fs.lookup(SOCKET);
  const url = path === '/_ping' ? `http://%2Fvar%2Frun%2Fdocker.sock/_ping` : `http://%2Fvar%2Frun%2Fdocker.sock/v${CLIENT_API_VERSION}${path}`;
  const verb = method === 'HEAD' ? 'Head' : method === 'GET' ? 'Get' : method === 'POST' ? 'Post' : 'Delete';
  if (!node || node.type !== 'socket' || !ctx.host.dockerdUp) {
    return `Cannot connect to the Docker daemon at unix://${SOCKET}. Is the docker daemon running?`;
  }
  if (!allowed(node, ctx.cred, 4) || !allowed(node, ctx.cred, 2)) {
    return `permission denied while trying to connect to the Docker daemon socket at unix://${SOCKET}: ${verb} "${url}": dial unix ${SOCKET}: connect: permission denied`;
  }
  return undefined;
}
