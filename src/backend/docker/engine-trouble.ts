import type { CommandResult } from '../backend.js';

/**
 * The engine went away under a lesson: dockerd stopped, or this user lost the right to open
 * its socket. The docker CLI says so in a line a newcomer cannot act on; this reads it (docker
 * CLI 20 to 28 wordings, observed) and says what to do. The lesson and the progress are kept:
 * once fixed, the learner goes on where they were.
 */
export type EngineTrouble =
  | { readonly kind: 'daemon-down'; readonly host: string; readonly title: string; readonly fix: readonly string[] }
  | { readonly kind: 'socket-permission'; readonly socket: string; readonly title: string; readonly fix: readonly string[] }
  | { readonly kind: 'no-docker-cli'; readonly title: string; readonly fix: readonly string[] }
  | { readonly kind: 'no-context'; readonly context: string; readonly title: string; readonly fix: readonly string[] };

const KEPT = 'Your progress is kept: once this is fixed, go on where you were (:check looks at the step again).';

/** Docker CLI 28: `Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?` */
const DOWN = /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running\?/;
/**
 * CLI 28: `permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get …`;
 * CLI 20 begins `Got permission denied…`; later CLIs say `…to connect to the docker API at …`.
 */
const DENIED = /permission denied while trying to connect to the (?:Docker daemon socket|docker API) at (\S+?):? /i;
/** CLI 28: `Failed to initialize: unable to resolve docker endpoint: context "x": context not found: …`. */
const NO_CONTEXT = /context "([^"]+)": context not found|context "([^"]+)" does not exist/;

function daemonFix(host: string): string[] {
  if (host.startsWith('unix://')) {
    const path = host.slice('unix://'.length);
    if (/^\/run\/user\/\d+\//.test(path)) return ['Start your rootless engine: systemctl --user start docker', KEPT];
    return ['Start the engine: sudo systemctl start docker', '(without systemd: sudo service docker start)', KEPT];
  }
  return [`The engine at ${host} does not answer: start it, or point DOCKER_HOST / the docker context at one that runs (docker context ls).`, KEPT];
}

/** What went wrong with the engine, read from a command's result; undefined when nothing did. */
export function classifyEngineTrouble(r: CommandResult): EngineTrouble | undefined {
  if (r.exitCode === 0) return undefined;
  const err = r.stderr;
  const down = DOWN.exec(err);
  if (down) {
    const host = down[1] as string;
    return { kind: 'daemon-down', host, title: `The Docker engine is not running (nothing answers at ${host}).`, fix: daemonFix(host) };
  }
  const denied = DENIED.exec(err);
  if (denied) {
    const socket = denied[1] as string;
    return {
      kind: 'socket-permission',
      socket,
      title: `You may not open the Docker socket (${socket.replace(/^unix:\/\//, '')}): your user is not in its group.`,
      fix: ['Add yourself to the docker group: sudo usermod -aG docker $USER', 'then log out and in again (or, in this terminal only: newgrp docker); a group change needs a new login.', KEPT],
    };
  }
  const ctx = NO_CONTEXT.exec(err);
  if (ctx) {
    const context = (ctx[1] ?? ctx[2]) as string;
    return { kind: 'no-context', context, title: `The docker context "${context}" does not exist.`, fix: ['See the contexts with: docker context ls', 'and choose one with: docker context use default (or unset DOCKER_CONTEXT).', KEPT] };
  }
  if (r.exitCode === 127 && /(^|\s)docker: (command )?not found/m.test(err)) {
    return { kind: 'no-docker-cli', title: 'The docker command is not installed here.', fix: ['Install Docker (Debian/Ubuntu: sudo apt install docker.io), or use the simulator: --backend simulator', KEPT] };
  }
  return undefined;
}

/** The message the UI shows, as plain lines. */
export function formatEngineTrouble(t: EngineTrouble): string {
  return [t.title, ...t.fix.map((f) => `  ${f}`)].join('\n');
}
