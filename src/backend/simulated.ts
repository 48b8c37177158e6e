import type { HostOptions } from '../sim/host.js';
import { createShellSession } from '../shell/index.js';
import type { Backend, BackendOptions } from './backend.js';

/** The default backend: a simulated Docker host in this process. No Docker, no root, no network. */
export function createSimulatedBackend(o: BackendOptions & { host?: HostOptions } = { kind: 'simulator' }): Backend {
  const make = () => createShellSession({ ...(o.user ? { user: o.user } : {}), ...(o.host ? { host: o.host } : {}) });
  let session = make();
  return {
    kind: 'simulator',
    run: async (line) => session.run(line),
    prompt: () => session.prompt(),
    reset: async () => {
      session = make();
    },
    dispose: async () => undefined,
  };
}
