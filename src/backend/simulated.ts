import type { HostOptions } from '../sim/host.js';
import { attachShell, createShellSession } from '../shell/index.js';
import type { Backend, BackendOptions } from './backend.js';

export interface SimulatedBackendOptions extends BackendOptions {
  /** The simulated host's boot options (a lesson may start without the docker group, say). */
  readonly host?: HostOptions;
}

/** The default backend: a simulated Docker host in this process. No Docker, no root, no network. */
export function createSimulatedBackend(o: SimulatedBackendOptions = { kind: 'simulator' }): Backend {
  const host: HostOptions | undefined = o.host ?? o.simulatedHost;
  const make = () => {
    const session = createShellSession({ ...(o.user ? { user: o.user } : {}), ...(host ? { host } : {}) });
    return { session, observer: attachShell(session.host, 'root') };
  };
  let current = make();
  return {
    kind: 'simulator',
    run: async (line) => current.session.run(line),
    check: async (line) => current.observer.observe(line),
    prompt: () => current.session.prompt(),
    depth: () => current.session.depth,
    events: () => current.session.host.daemon.events,
    reset: async () => {
      current = make();
    },
    dispose: async () => undefined,
  };
}
