import { type TypeSpec, goType } from '../../go-template/index.js';

/**
 * container.InspectResponse as the API types vendored in docker CLI 28.2.2 declare it
 * (vendor/github.com/docker/docker/api/types/{container,network}, go-connections/nat):
 * `docker inspect -f` runs its template over this typed value first, so `{{.NetworkSettings.Ports}}`
 * prints `map[80/tcp:[{0.0.0.0 8080}]]` and `{{json .HostConfig}}` has the CLI's field order and
 * fields, whatever the 20.10 daemon sent.
 */
const { struct, field, map, slice, ptr, embed } = goType;
const strings = slice('string');
const stringMap = map('string');

const portBinding = struct('nat.PortBinding', [field('HostIP', 'string', 'HostIp'), field('HostPort', 'string')]);
const portMap = map(slice(portBinding), 'nat.Port', 'nat.PortMap');
const portSet = map(struct('struct {}', []), 'nat.Port', 'nat.PortSet');
const weightDevice = ptr(struct('blkiodev.WeightDevice', [field('Path', 'string'), field('Weight', 'int')]));
const throttleDevice = ptr(struct('blkiodev.ThrottleDevice', [field('Path', 'string'), field('Rate', 'int')]));

const resources = struct('container.Resources', [
  field('CPUShares', 'int', 'CpuShares'), field('Memory', 'int'), field('NanoCPUs', 'int', 'NanoCpus'), field('CgroupParent', 'string'),
  field('BlkioWeight', 'int'), field('BlkioWeightDevice', slice(weightDevice)), field('BlkioDeviceReadBps', slice(throttleDevice)),
  field('BlkioDeviceWriteBps', slice(throttleDevice)), field('BlkioDeviceReadIOps', slice(throttleDevice)), field('BlkioDeviceWriteIOps', slice(throttleDevice)),
  field('CPUPeriod', 'int', 'CpuPeriod'), field('CPUQuota', 'int', 'CpuQuota'), field('CPURealtimePeriod', 'int', 'CpuRealtimePeriod'),
  field('CPURealtimeRuntime', 'int', 'CpuRealtimeRuntime'), field('CpusetCpus', 'string'), field('CpusetMems', 'string'),
  field('Devices', slice(struct('container.DeviceMapping', [field('PathOnHost', 'string'), field('PathInContainer', 'string'), field('CgroupPermissions', 'string')]))),
  field('DeviceCgroupRules', strings),
  field('DeviceRequests', slice(struct('container.DeviceRequest', [field('Driver', 'string'), field('Count', 'int'), field('DeviceIDs', strings), field('Capabilities', slice(strings)), field('Options', stringMap)]))),
  field('KernelMemory', 'int', ',omitempty'), field('KernelMemoryTCP', 'int', ',omitempty'), field('MemoryReservation', 'int'), field('MemorySwap', 'int'),
  field('MemorySwappiness', ptr('int')), field('OomKillDisable', ptr('bool')), field('PidsLimit', ptr('int')),
  field('Ulimits', slice(ptr(struct('container.Ulimit', [field('Name', 'string'), field('Hard', 'int'), field('Soft', 'int')])))),
  field('CPUCount', 'int', 'CpuCount'), field('CPUPercent', 'int', 'CpuPercent'), field('IOMaximumIOps', 'int'), field('IOMaximumBandwidth', 'int'),
]);

const hostConfig = struct('container.HostConfig', [
  field('Binds', strings), field('ContainerIDFile', 'string'), field('LogConfig', struct('container.LogConfig', [field('Type', 'string'), field('Config', stringMap)])),
  field('NetworkMode', 'string'), field('PortBindings', portMap),
  field('RestartPolicy', struct('container.RestartPolicy', [field('Name', 'string'), field('MaximumRetryCount', 'int')])),
  field('AutoRemove', 'bool'), field('VolumeDriver', 'string'), field('VolumesFrom', strings), field('ConsoleSize', slice('int', '[2]uint')),
  field('Annotations', stringMap, ',omitempty'), field('CapAdd', strings), field('CapDrop', strings), field('CgroupnsMode', 'string'),
  field('DNS', strings, 'Dns'), field('DNSOptions', strings, 'DnsOptions'), field('DNSSearch', strings, 'DnsSearch'), field('ExtraHosts', strings),
  field('GroupAdd', strings), field('IpcMode', 'string'), field('Cgroup', 'string'), field('Links', strings), field('OomScoreAdj', 'int'),
  field('PidMode', 'string'), field('Privileged', 'bool'), field('PublishAllPorts', 'bool'), field('ReadonlyRootfs', 'bool'), field('SecurityOpt', strings),
  field('StorageOpt', stringMap, ',omitempty'), field('Tmpfs', stringMap, ',omitempty'), field('UTSMode', 'string'), field('UsernsMode', 'string'),
  field('ShmSize', 'int'), field('Sysctls', stringMap, ',omitempty'), field('Runtime', 'string', ',omitempty'), field('Isolation', 'string'),
  embed('Resources', resources),
  field('Mounts', slice(struct('mount.Mount', [field('Type', 'string', ',omitempty'), field('Source', 'string', ',omitempty'), field('Target', 'string', ',omitempty'), field('ReadOnly', 'bool', ',omitempty')])), ',omitempty'),
  field('MaskedPaths', strings), field('ReadonlyPaths', strings), field('Init', ptr('bool'), ',omitempty'),
]);

const state = struct('container.State', [
  field('Status', 'string'), field('Running', 'bool'), field('Paused', 'bool'), field('Restarting', 'bool'), field('OOMKilled', 'bool'), field('Dead', 'bool'),
  field('Pid', 'int'), field('ExitCode', 'int'), field('Error', 'string'), field('StartedAt', 'string'), field('FinishedAt', 'string'),
  field('Health', ptr(struct('container.Health', [field('Status', 'string'), field('FailingStreak', 'int')])), ',omitempty'),
]);

const config = struct('container.Config', [
  field('Hostname', 'string'), field('Domainname', 'string'), field('User', 'string'), field('AttachStdin', 'bool'), field('AttachStdout', 'bool'),
  field('AttachStderr', 'bool'), field('ExposedPorts', portSet, ',omitempty'), field('Tty', 'bool'), field('OpenStdin', 'bool'), field('StdinOnce', 'bool'),
  field('Env', strings), field('Cmd', slice('string', 'strslice.StrSlice')),
  field('Healthcheck', ptr(struct('container.HealthConfig', [field('Test', strings, ',omitempty')])), ',omitempty'),
  field('ArgsEscaped', 'bool', ',omitempty'), field('Image', 'string'), field('Volumes', map(struct('struct {}', []))), field('WorkingDir', 'string'),
  field('Entrypoint', slice('string', 'strslice.StrSlice')), field('NetworkDisabled', 'bool', ',omitempty'), field('MacAddress', 'string', ',omitempty'),
  field('OnBuild', strings), field('Labels', stringMap), field('StopSignal', 'string', ',omitempty'), field('StopTimeout', ptr('int'), ',omitempty'),
  field('Shell', slice('string', 'strslice.StrSlice'), ',omitempty'),
]);

const endpointSettings = ptr(struct('network.EndpointSettings', [
  field('IPAMConfig', ptr(struct('network.EndpointIPAMConfig', [field('IPv4Address', 'string', ',omitempty'), field('IPv6Address', 'string', ',omitempty'), field('LinkLocalIPs', strings, ',omitempty')]))),
  field('Links', strings), field('Aliases', strings), field('MacAddress', 'string'), field('DriverOpts', stringMap), field('GwPriority', 'int'),
  field('NetworkID', 'string'), field('EndpointID', 'string'), field('Gateway', 'string'), field('IPAddress', 'string'), field('IPPrefixLen', 'int'),
  field('IPv6Gateway', 'string'), field('GlobalIPv6Address', 'string'), field('GlobalIPv6PrefixLen', 'int'), field('DNSNames', strings),
]));

const networkSettings = struct('container.NetworkSettings', [
  embed('NetworkSettingsBase', struct('container.NetworkSettingsBase', [
    field('Bridge', 'string'), field('SandboxID', 'string'), field('SandboxKey', 'string'), field('Ports', portMap), field('HairpinMode', 'bool'),
    field('LinkLocalIPv6Address', 'string'), field('LinkLocalIPv6PrefixLen', 'int'),
    field('SecondaryIPAddresses', slice(struct('network.Address', [field('Addr', 'string'), field('PrefixLen', 'int')]))),
    field('SecondaryIPv6Addresses', slice(struct('network.Address', [field('Addr', 'string'), field('PrefixLen', 'int')]))),
  ])),
  embed('DefaultNetworkSettings', struct('container.DefaultNetworkSettings', [
    field('EndpointID', 'string'), field('Gateway', 'string'), field('GlobalIPv6Address', 'string'), field('GlobalIPv6PrefixLen', 'int'),
    field('IPAddress', 'string'), field('IPPrefixLen', 'int'), field('IPv6Gateway', 'string'), field('MacAddress', 'string'),
  ])),
  field('Networks', map(endpointSettings)),
]);

export const CONTAINER_INSPECT: TypeSpec = struct('container.InspectResponse', [
  embed('ContainerJSONBase', struct('container.ContainerJSONBase', [
    field('ID', 'string', 'Id'), field('Created', 'string'), field('Path', 'string'), field('Args', strings), field('State', ptr(state)),
    field('Image', 'string'), field('ResolvConfPath', 'string'), field('HostnamePath', 'string'), field('HostsPath', 'string'), field('LogPath', 'string'),
    field('Name', 'string'), field('RestartCount', 'int'), field('Driver', 'string'), field('Platform', 'string'), field('MountLabel', 'string'),
    field('ProcessLabel', 'string'), field('AppArmorProfile', 'string'), field('ExecIDs', strings), field('HostConfig', ptr(hostConfig)),
    field('GraphDriver', struct('storage.DriverData', [field('Data', stringMap), field('Name', 'string')])),
    field('SizeRw', ptr('int'), ',omitempty'), field('SizeRootFs', ptr('int'), ',omitempty'),
  ])),
  field('Mounts', slice(struct('container.MountPoint', [
    field('Type', 'string', ',omitempty'), field('Name', 'string', ',omitempty'), field('Source', 'string'), field('Destination', 'string'),
    field('Driver', 'string', ',omitempty'), field('Mode', 'string'), field('RW', 'bool'), field('Propagation', 'string'),
  ]))),
  field('Config', ptr(config)),
  field('NetworkSettings', ptr(networkSettings)),
]);
