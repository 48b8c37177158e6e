/**
 * Constants of the simulated host that the Engine reports (`docker info`, `docker version`)
 * and that containers see (nginx logs the kernel). A plausible Ubuntu 22.04 VM: the real
 * host's own values differ by nature and are normalised away by the differential suite.
 */
export const HOST_FACTS = {
  kernel: '5.15.0-125-generic',
  os: 'Ubuntu 22.04.5 LTS',
  osVersion: '22.04',
  arch: 'x86_64',
  cpus: 2,
  memTotalBytes: 4_073_144_320,
  dockerRootDir: '/var/lib/docker',
} as const;
