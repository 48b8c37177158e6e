import type { Backend, BackendOptions } from './backend.js';

/** Picks a backend by kind; the docker one is loaded only when asked for. */
export async function createBackend(o: BackendOptions): Promise<Backend> {
  if (o.kind === 'docker') {
    const { createDockerBackend } = await import('./docker.js');
    return createDockerBackend(o);
  }
  const { createSimulatedBackend } = await import('./simulated.js');
  return createSimulatedBackend(o);
}
