import { FileSystem } from '../kernel/fs.js';
import { mountSysfsNet } from '../kernel/sysfs-net.js';
import { procfs } from '../procfs.js';
import { networkFilesDir } from './hosts-files.js';
import { createVolume, mountpoint } from './volumes.js';
import type { Container, Image } from './model.js';
import type { DaemonState } from './state.js';

/**
 * A container's root filesystem: the image's files in a writable layer of its own, with
 * /etc/hosts, /etc/resolv.conf and /etc/hostname bind-mounted from the files dockerd keeps
 * under /var/lib/docker/containers/<id>/, and the user's -v binds from the host.
 */
export function buildRootfs(s: DaemonState, c: Container, image: Image): FileSystem {
  const fs = new FileSystem(() => s.clock.now());
  const now = s.clock.now();
  fs.mkdirp('/root', { mode: 0o700, mtime: now });
  fs.mkdirp('/tmp', { mode: 0o1777, mtime: now });
  for (const d of ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/etc', '/proc', '/sys', '/dev', '/var', '/run', '/home']) fs.mkdirp(d, { mtime: now });
  const land = image.spec.userland;
  const binDir = land.flavor === 'busybox' ? '/bin' : '/usr/bin';
  if (land.flavor === 'busybox') fs.writeFile('/bin/busybox', '', { mode: 0o755 });
  for (const tool of [...land.shells, ...land.tools]) {
    if (land.flavor === 'busybox') fs.put(`/bin/${tool}`, { type: 'symlink', target: '/bin/busybox', mode: 0o777, uid: 0, gid: 0, mtime: now });
    else fs.writeFile(`${binDir}/${tool}`, '', { mode: 0o755 });
  }
  if (land.flavor === 'gnu') for (const sh of land.shells) fs.writeFile(`/bin/${sh}`, '', { mode: 0o755 });
  for (const [path, content] of Object.entries(land.files)) fs.writeFile(path, content);
  fs.writeFile('/etc/passwd', land.flavor === 'busybox' ? 'root:x:0:0:root:/root:/bin/sh\n' : 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
  // dockerd drops an empty /.dockerenv into every container: how programs tell they run in Docker.
  fs.writeFile('/.dockerenv', '', { mode: 0o755 });
  if (c.config.workingDir) fs.mkdirp(c.config.workingDir);
  const dir = networkFilesDir(c);
  fs.bind('/etc/hosts', s.kernel.fs, `${dir}/hosts`);
  // The container's own procfs (its PID namespace), and the /etc/mtab link Docker adds.
  fs.mountVirtual('/proc', procfs(s, c.id));
  fs.put('/etc/mtab', { type: 'symlink', target: '/proc/mounts', mode: 0o777, uid: 0, gid: 0, mtime: now });
  fs.bind('/etc/resolv.conf', s.kernel.fs, `${dir}/resolv.conf`);
  fs.bind('/etc/hostname', s.kernel.fs, `${dir}/hostname`);
  // sysfs shows the devices of the namespace the container runs in, whichever sandbox that is now.
  mountSysfsNet(fs, s.kernel.net, () => c.sandboxKey);
  for (const b of c.hostConfig.binds) {
    const [src, dst] = b.split(':') as [string, string];
    // runc makes the mount point's missing parents (-v /var/run/docker.sock:… in an image without /var/run).
    const parent = dst.slice(0, dst.lastIndexOf('/')) || '/';
    if (!fs.lookup(parent)) fs.mkdirp(parent, { mtime: now });
    if (!src.startsWith('/')) {
      // A named volume: created on first use, mounted from its directory under /var/lib/docker/volumes.
      fs.bind(dst, s.kernel.fs, mountpoint(createVolume(s, { name: src }).name));
      continue;
    }
    if (!s.kernel.fs.exists(src)) s.kernel.fs.mkdirp(src); // dockerd creates a missing bind source as a directory
    fs.bind(dst, s.kernel.fs, src);
  }
  for (const v of c.imageVolumes ?? []) {
    if (!fs.lookup(v.destination)) fs.mkdirp(v.destination, { mtime: now });
    fs.bind(v.destination, s.kernel.fs, mountpoint(v.name));
  }
  return fs;
}

/**
 * `--network container:OWNER` at start (initializeNetworkingPaths): the joiner uses the
 * owner's hosts, hostname and resolv.conf files and takes its hostname and domain name.
 */
export function shareNetworkFiles(s: DaemonState, c: Container, owner: Container): void {
  c.filesFrom = owner.filesFrom ?? owner.id;
  c.config = { ...c.config, hostname: owner.config.hostname, domainname: owner.config.domainname };
  const fs = s.rootfs.get(c.id);
  if (!fs) return;
  const dir = networkFilesDir(c);
  for (const f of ['hosts', 'resolv.conf', 'hostname']) {
    fs.unmount(`/etc/${f}`);
    fs.bind(`/etc/${f}`, s.kernel.fs, `${dir}/${f}`);
  }
}
