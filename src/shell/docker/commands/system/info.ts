import { ENGINE_VERSION } from '../../../../sim/daemon/version-json.js';
import { listVolumes } from '../../../../sim/daemon/volumes.js';
import { CPUS, KERNEL, MEM_TOTAL_KB } from '../../../../sim/host-identity.js';
import { renderTemplate } from '../../../go-template/index.js';
import { goSlice, goStruct } from '../../../go-template/index.js';
import type { CommandResult } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagString } from '../../cli/flags.js';
import { CLIENT_VERSION } from '../../client-version.js';
import { type AliasedCommand, define } from '../define.js';
import { bytesSize } from '../format/units.js';
import { swarmInfoLines, swarmInfoStruct } from './swarm-info.js';

/**
 * `docker info`. Counts (containers, images), the engine's version, drivers, plugins, swarm
 * state and the host's kernel, CPUs and memory come from the simulated host. The rest are
 * constants of a stock Engine 20.10 on Ubuntu 22.04 (cgroup v2, the systemd cgroup driver,
 * AppArmor and seccomp, the daemon's random ID): plausible, not observed on this very host.
 */
const DAEMON_ID = 'QK3X:7D2H:R5ZB:ZQ4M:TVNM:4W6C:2YFX:Q2ZL:HLG4:J2CY:CM6P:5XOE';
const OS = 'Ubuntu 22.04.5 LTS';

function counts(inv: DockerInvocation) {
  const cs = [...inv.ctx.host.daemon.containers.values()];
  const running = cs.filter((c) => c.state.status === 'running').length;
  const paused = cs.filter((c) => c.state.status === 'paused').length;
  return { total: cs.length, running, paused, stopped: cs.length - running - paused, images: inv.ctx.host.daemon.images.size };
}

function serverText(inv: DockerInvocation): string {
  const n = counts(inv);
  const lines = [
    `Server:`,
    ` Containers: ${n.total}`,
    `  Running: ${n.running}`,
    `  Paused: ${n.paused}`,
    `  Stopped: ${n.stopped}`,
    ` Images: ${n.images}`,
    ` Server Version: ${ENGINE_VERSION}`,
    ` Storage Driver: overlay2`,
    `  Backing Filesystem: extfs`,
    `  Supports d_type: true`,
    `  Native Overlay Diff: true`,
    `  userxattr: false`,
    ` Logging Driver: json-file`,
    ` Cgroup Driver: systemd`,
    ` Cgroup Version: 2`,
    ` Plugins:`,
    `  Volume: local`,
    `  Network: bridge host ipvlan macvlan null overlay`,
    `  Log: awslogs fluentd gcplogs gelf journald json-file local logentries splunk syslog`,
    ...swarmInfoLines(inv.ctx.host.daemon),
    ` Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc`,
    ` Default Runtime: runc`,
    ` Init Binary: docker-init`,
    ` containerd version: 1.6.20~ds1-1+deb12u3`,
    ` runc version: 1.1.5+ds1-1+deb12u1`,
    ` init version: `,
    ` Security Options:`,
    `  apparmor`,
    `  seccomp`,
    `   Profile: default`,
    `  cgroupns`,
    ` Kernel Version: ${KERNEL.release}`,
    ` Operating System: ${OS}`,
    ` OSType: linux`,
    ` Architecture: ${KERNEL.machine}`,
    ` CPUs: ${CPUS}`,
    ` Total Memory: ${bytesSize(MEM_TOTAL_KB * 1024)}`,
    ` Name: ${inv.ctx.host.hostname}`,
    ` ID: ${DAEMON_ID}`,
    ` Docker Root Dir: /var/lib/docker`,
    ` Debug Mode: false`,
    ` Experimental: false`,
    ` Insecure Registries:`,
    `  127.0.0.0/8`,
    ` Live Restore Enabled: false`,
  ];
  return `${lines.join('\n')}\n\n`;
}

const CLIENT = 'Client:\n Version:    ' + CLIENT_VERSION + '\n Context:    default\n Debug Mode: false\n\n';

/** The fields `docker info --format` templates use most, under the CLI's (embedded) names. */
function infoStruct(inv: DockerInvocation) {
  const n = counts(inv);
  return goStruct({
    ID: DAEMON_ID, Containers: n.total, ContainersRunning: n.running, ContainersPaused: n.paused, ContainersStopped: n.stopped,
    Images: n.images, Driver: 'overlay2', LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
    NCPU: CPUS, MemTotal: MEM_TOTAL_KB * 1024, Name: inv.ctx.host.hostname, ServerVersion: ENGINE_VERSION,
    KernelVersion: KERNEL.release, OperatingSystem: OS, OSType: 'linux', Architecture: KERNEL.machine, DockerRootDir: '/var/lib/docker',
    DefaultRuntime: 'runc', Debug: false, ExperimentalBuild: false, LiveRestoreEnabled: false,
    SecurityOptions: goSlice(['name=apparmor', 'name=seccomp,profile=default', 'name=cgroupns'], '[]string'),
    Swarm: swarmInfoStruct(inv.ctx.host.daemon),
    Volumes: listVolumes(inv.ctx.host.daemon).length,
  }, { type: 'system.Info' });
}

function runInfo(inv: DockerInvocation): CommandResult {
  const format = flagString(inv.flags, 'format') ?? '';
  const denied = inv.dial('GET', '/info');
  if (format !== '') {
    if (denied) return { stdout: '', stderr: `${denied}\n`, exitCode: 1 };
    const r = renderTemplate(format === 'json' ? '{{json .}}' : format, infoStruct(inv), { rootType: 'info' });
    return r.ok ? { stdout: `${r.out}\n`, stderr: '', exitCode: 0 } : { stdout: '', stderr: `${r.error}\n`, exitCode: 1 };
  }
  if (denied) return { stdout: `${CLIENT}Server:\n`, stderr: `${denied}\n`, exitCode: 1 };
  return { stdout: CLIENT + serverText(inv), stderr: '', exitCode: 0 };
}

export const infoCommands: readonly AliasedCommand[] = define({ path: 'docker system info', also: ['docker info'], helpFrom: 'docker info', args: { kind: 'none' }, run: runInfo });
