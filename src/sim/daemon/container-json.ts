import { rfc3339Nano } from '../clock.js';
import { type ApiValue, goMap } from './api-value.js';
import { containerDir, networkFilesDir } from './hosts-files.js';
import { mountpoint } from './volumes.js';
import { containerGraphDriver } from './layers.js';
import type { Container, Endpoint } from './model.js';
import type { DaemonState } from './state.js';

/** GET /containers/{id}/json, field for field in Engine 20.10's order. */
const ZERO_TIME = '0001-01-01T00:00:00Z';

export function endpointSettings(s: DaemonState, c: Container, netName: string): ApiValue {
  const a = c.networks.get(netName);
  const ep: Endpoint | undefined = a?.endpointId ? s.endpoints.get(a.endpointId) : undefined;
  // The engine keeps EndpointSettings.Aliases as the daemon does: the user's, then (on a
  // user-defined network, from the first start or connect) the short ID and the hostname.
  const aliases = a?.aliases.length ? [...a.aliases] : null;
  return {
    // `docker network connect` sends an IPAMConfig (and DriverOpts) even when empty: {} then, not null.
    IPAMConfig: a?.ipv4Address ? { IPv4Address: a.ipv4Address } : a?.connected ? {} : null,
    Links: a?.links.length ? [...a.links] : null,
    // `network connect` stores the CLI's empty list as it came: [] rather than null.
    Aliases: aliases && aliases.length ? aliases : a?.connected ? [] : null,
    // Filled in when the container first joins the network (a created container shows "").
    NetworkID: a?.joined ? a.networkId : '',
    EndpointID: ep?.id ?? '',
    Gateway: ep?.gateway ?? '',
    IPAddress: ep?.ip ?? '',
    IPPrefixLen: ep?.prefix ?? 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: ep?.mac ?? '',
    DriverOpts: a?.connected ? goMap() : null,
  };
}

/**
 * The container's mount points (types.MountPoint), for docker inspect and GET /containers/json
 * alike. (dockerd keeps them in a Go map: with several, both list them in a random order.)
 */
export function mountPoints(c: Container, forList = false): ApiValue[] {
  const binds = c.hostConfig.binds.map((b): ApiValue => {
    const [src, dst, mode] = b.split(':') as [string, string, string | undefined];
    if (!src.startsWith('/')) return { Type: 'volume', Name: src, Source: mountpoint(src), Destination: dst, Driver: 'local', Mode: mode ?? 'z', RW: mode !== 'ro', Propagation: '' };
    return { Type: 'bind', Source: src, Destination: dst, Mode: mode ?? '', RW: mode !== 'ro', Propagation: 'rprivate' };
  });
  // An image VOLUME's anonymous volume: GET /containers/json leaves its Source empty (observed
  // with mysql: inspect has /var/lib/docker/volumes/<name>/_data, the list "").
  const anonymous = (c.imageVolumes ?? []).map((v): ApiValue => ({ Type: 'volume', Name: v.name, Source: forList ? '' : mountpoint(v.name), Destination: v.destination, Driver: 'local', Mode: '', RW: true, Propagation: '' }));
  return [...binds, ...anonymous];
}

/**
 * host, none and container: modes have no endpoint of their own: no port map at all, not even
 * the exposed ports (`{}` in docker inspect, an empty PORTS column), as Engine 20.10 shows them.
 */
export function hasOwnPorts(c: Container): boolean {
  const mode = c.hostConfig.networkMode;
  return mode !== 'host' && mode !== 'none' && !mode.startsWith('container:');
}

function portMap(c: Container, running: boolean): ApiValue {
  const m = goMap();
  if (!hasOwnPorts(c)) return m;
  for (const p of c.config.exposedPorts) m.set(p, null);
  if (running) for (const [k, list] of c.ports) m.set(k, list.map((b) => ({ HostIp: b.hostIp, HostPort: b.hostPort })));
  return m;
}

function portBindings(c: Container): ApiValue {
  const m = goMap();
  for (const b of c.hostConfig.portBindings) {
    const k = `${b.containerPort}/${b.proto}`;
    const list = (m.get(k) as ApiValue[] | undefined) ?? [];
    m.set(k, [...list, { HostIp: b.hostIp, HostPort: b.hostPort }]);
  }
  return m;
}

export function containerJson(s: DaemonState, c: Container): ApiValue {
  const dir = networkFilesDir(c);
  const own = containerDir(c.id);
  // Paused counts as running: the processes are frozen, the network and ports stay.
  const running = c.state.status === 'running' || c.state.status === 'paused';
  const primary = [...c.networks.values()][0];
  const primaryNet = primary ? s.networks.get(primary.networkId) : undefined;
  const ep = primary?.endpointId ? s.endpoints.get(primary.endpointId) : undefined;
  const legacy = primaryNet?.isDefaultBridge && ep; // top-level address fields mirror the default bridge only
  const sandbox = running && c.sandboxKey && c.sandboxKey !== 'host' ? s.sandboxes.get(c.sandboxKey) : undefined;
  const argv = [...(c.config.entrypoint ?? []), ...(c.config.cmd ?? [])];
  const image = s.images.get(c.config.imageId);
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: argv[0] ?? '',
    Args: argv.slice(1),
    State: {
      Status: c.state.status,
      Running: running,
      Paused: c.state.status === 'paused',
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: c.state.pid,
      ExitCode: c.state.exitCode,
      Error: c.state.error,
      StartedAt: c.state.startedAt ? rfc3339Nano(c.state.startedAt) : ZERO_TIME,
      FinishedAt: c.state.finishedAt ? rfc3339Nano(c.state.finishedAt) : ZERO_TIME,
    },
    Image: c.config.imageId,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${own}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: c.hostConfig.privileged ? 'unconfined' : '',
    ExecIDs: null,
    HostConfig: {
      Binds: c.hostConfig.binds.length ? [...c.hostConfig.binds] : null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: goMap() },
      NetworkMode: c.hostConfig.networkMode,
      PortBindings: portBindings(c),
      RestartPolicy: { Name: c.hostConfig.restartPolicy || 'no', MaximumRetryCount: 0 },
      AutoRemove: c.hostConfig.autoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      CapAdd: null,
      CapDrop: null,
      CgroupnsMode: 'host',
      Dns: [...c.hostConfig.dns],
      DnsOptions: [...(c.hostConfig.dnsOptions ?? [])],
      DnsSearch: [...(c.hostConfig.dnsSearch ?? [])],
      ExtraHosts: c.hostConfig.extraHosts.length ? [...c.hostConfig.extraHosts] : null,
      GroupAdd: null,
      IpcMode: 'private',
      Cgroup: '',
      Links: c.hostConfig.links.length ? [...c.hostConfig.links] : null,
      OomScoreAdj: 0,
      PidMode: '',
      Privileged: c.hostConfig.privileged,
      PublishAllPorts: c.hostConfig.publishAllPorts,
      ReadonlyRootfs: false,
      SecurityOpt: null,
      UTSMode: '',
      UsernsMode: '',
      ShmSize: 67108864,
      Runtime: 'runc',
      ConsoleSize: [0, 0],
      Isolation: '',
      CpuShares: 0,
      Memory: 0,
      NanoCpus: 0,
      CgroupParent: '',
      BlkioWeight: 0,
      BlkioWeightDevice: [],
      BlkioDeviceReadBps: [],
      BlkioDeviceWriteBps: [],
      BlkioDeviceReadIOps: [],
      BlkioDeviceWriteIOps: [],
      CpuPeriod: 0,
      CpuQuota: 0,
      CpuRealtimePeriod: 0,
      CpuRealtimeRuntime: 0,
      CpusetCpus: '',
      CpusetMems: '',
      Devices: [],
      DeviceCgroupRules: null,
      DeviceRequests: null,
      KernelMemory: 0,
      KernelMemoryTCP: 0,
      MemoryReservation: 0,
      MemorySwap: 0,
      MemorySwappiness: null,
      OomKillDisable: false,
      PidsLimit: null,
      Ulimits: [],
      CpuCount: 0,
      CpuPercent: 0,
      IOMaximumIOps: 0,
      IOMaximumBandwidth: 0,
      ...(c.hostConfig.privileged ? {} : {
        MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'],
        ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
      }),
    },
    GraphDriver: {
      Data: containerGraphDriver(c, image),
      Name: 'overlay2',
    },
    Mounts: mountPoints(c),
    Config: {
      Hostname: c.config.hostname,
      Domainname: c.config.domainname,
      User: c.config.user,
      AttachStdin: c.config.openStdin,
      AttachStdout: !c.config.openStdin ? false : true,
      AttachStderr: !c.config.openStdin ? false : true,
      ...(c.config.exposedPorts.length ? { ExposedPorts: goMap(c.config.exposedPorts.map((p) => [p, goMap()])) } : {}),
      Tty: c.config.tty,
      OpenStdin: c.config.openStdin,
      StdinOnce: c.config.openStdin,
      Env: c.config.env.length ? [...c.config.env] : null,
      Cmd: c.config.cmd ? [...c.config.cmd] : null,
      Image: c.config.image,
      Volumes: image?.spec.volumes?.length ? goMap(image.spec.volumes.map((v) => [v, goMap()])) : null,
      WorkingDir: c.config.workingDir,
      Entrypoint: c.config.entrypoint ? [...c.config.entrypoint] : null,
      OnBuild: null,
      Labels: goMap(c.config.labels),
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: sandbox?.key ?? '',
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      Ports: portMap(c, running),
      SandboxKey: sandbox?.path ?? '',
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: legacy ? ep.id : '',
      Gateway: legacy ? ep.gateway : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: legacy ? ep.ip : '',
      IPPrefixLen: legacy ? ep.prefix : 0,
      IPv6Gateway: '',
      MacAddress: legacy ? ep.mac : '',
      Networks: goMap([...c.networks.keys()].map((n) => [n, endpointSettings(s, c, n)])),
    },
  };
}
