import { KERNEL } from '../host-identity.js';
import type { ApiValue } from './api-value.js';

/**
 * GET /version: the engine's identity. The simulated dockerd is the Engine 20.10 the
 * differential suite runs against (Debian's docker.io 20.10.24+dfsg1), on the simulated
 * host's kernel. Recorded with: curl -s --unix-socket /var/run/docker.sock http://localhost/version
 */
export const ENGINE_VERSION = '20.10.24+dfsg1';
export const API_VERSION = '1.41';
export const MIN_API_VERSION = '1.12';

export function versionJson(): ApiValue {
  const details = { ApiVersion: API_VERSION, Arch: 'amd64', BuildTime: '2024-05-07T21:09:36.000000000+00:00', Experimental: 'false', GitCommit: '5d6db84', GoVersion: 'go1.19.8', KernelVersion: KERNEL.release, MinAPIVersion: MIN_API_VERSION, Os: 'linux' };
  return {
    Platform: { Name: '' },
    Components: [
      { Name: 'Engine', Version: ENGINE_VERSION, Details: new Map(Object.entries(details)) },
      { Name: 'containerd', Version: '1.6.20~ds1', Details: new Map([['GitCommit', '1.6.20~ds1-1+deb12u3']]) },
      { Name: 'runc', Version: '1.1.5+ds1', Details: new Map([['GitCommit', '1.1.5+ds1-1+deb12u1']]) },
      { Name: 'docker-init', Version: '0.19.0', Details: new Map([['GitCommit', '']]) },
    ],
    Version: ENGINE_VERSION, ApiVersion: API_VERSION, MinAPIVersion: MIN_API_VERSION, GitCommit: '5d6db84', GoVersion: 'go1.19.8', Os: 'linux', Arch: 'amd64', KernelVersion: KERNEL.release, BuildTime: '2024-05-07T21:09:36.000000000+00:00',
  };
}
