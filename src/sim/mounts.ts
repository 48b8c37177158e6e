import { containerLayerId } from './daemon/layers.js';
import type { Container } from './daemon/model.js';
import type { DaemonState } from './daemon/state.js';
import { type DiskUsage, EFI_DEVICE, EFI_USAGE, MEM_TOTAL_KB, ROOT_DEVICE, ROOT_FS_OPTIONS, ROOT_USAGE } from './host-identity.js';
import { SeededRandom } from './random.js';

/**
 * The mount tables: the host's (an Ubuntu 22.04 VM: /run on tmpfs, where docker.sock lives;
 * one overlay and one netns per running container) and a container's (overlay on /, its own
 * /dev, /dev/shm, and /etc/hosts, hostname and resolv.conf bind-mounted from the host's disk),
 * as /proc/mounts lists them — what df and mount read.
 */
export interface Mount {
  /** What /proc/mounts names as the source: a device, or the filesystem's name. */
  readonly source: string;
  readonly target: string;
  readonly fstype: string;
  readonly options: string;
  /** statfs figures; undefined for pseudo filesystems (0 blocks: df leaves them out). */
  readonly usage?: DiskUsage;
  /** st_dev of what is mounted (major:minor), which df uses to skip the same filesystem seen twice. */
  readonly dev: string;
}

const tmpfsUsage = (kb: number, used = 0): DiskUsage => ({ blocks: kb, used, avail: kb - used });
/** tmpfs without size= gets half of the memory. */
const HALF_MEMORY = Math.floor(MEM_TOTAL_KB / 2);
/** systemd's /run and /run/user/UID: 10% of the memory. */
const RUN_KB = 397768;
const RUN_USER_KB = 397764;

const BOOT_MOUNTS: readonly Mount[] = [
  { source: 'sysfs', target: '/sys', fstype: 'sysfs', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:21' },
  { source: 'proc', target: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:22' },
  { source: 'udev', target: '/dev', fstype: 'devtmpfs', options: 'rw,nosuid,relatime,size=1956860k,nr_inodes=489215,mode=755,inode64', dev: '0:5' },
  { source: 'devpts', target: '/dev/pts', fstype: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000', dev: '0:23' },
  { source: 'tmpfs', target: '/run', fstype: 'tmpfs', options: `rw,nosuid,nodev,noexec,relatime,size=${RUN_KB}k,mode=755,inode64`, usage: tmpfsUsage(RUN_KB, 1124), dev: '0:24' },
  { source: ROOT_DEVICE, target: '/', fstype: 'ext4', options: ROOT_FS_OPTIONS, usage: ROOT_USAGE, dev: '252:1' },
  { source: 'securityfs', target: '/sys/kernel/security', fstype: 'securityfs', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:6' },
  { source: 'tmpfs', target: '/dev/shm', fstype: 'tmpfs', options: 'rw,nosuid,nodev,inode64', usage: tmpfsUsage(HALF_MEMORY), dev: '0:25' },
  { source: 'tmpfs', target: '/run/lock', fstype: 'tmpfs', options: 'rw,nosuid,nodev,noexec,relatime,size=5120k,inode64', usage: tmpfsUsage(5120), dev: '0:26' },
  { source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot', dev: '0:27' },
  { source: 'pstore', target: '/sys/fs/pstore', fstype: 'pstore', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:28' },
  { source: 'bpf', target: '/sys/fs/bpf', fstype: 'bpf', options: 'rw,nosuid,nodev,noexec,relatime,mode=700', dev: '0:29' },
  { source: 'systemd-1', target: '/proc/sys/fs/binfmt_misc', fstype: 'autofs', options: 'rw,relatime,fd=29,pgrp=1,timeout=0,minproto=5,maxproto=5,direct,pipe_ino=15616', dev: '0:30' },
  { source: 'hugetlbfs', target: '/dev/hugepages', fstype: 'hugetlbfs', options: 'rw,relatime,pagesize=2M', dev: '0:31' },
  { source: 'mqueue', target: '/dev/mqueue', fstype: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:19' },
  { source: 'debugfs', target: '/sys/kernel/debug', fstype: 'debugfs', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:7' },
  { source: 'tracefs', target: '/sys/kernel/tracing', fstype: 'tracefs', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:12' },
  { source: 'fusectl', target: '/sys/fs/fuse/connections', fstype: 'fusectl', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:32' },
  { source: 'configfs', target: '/sys/kernel/config', fstype: 'configfs', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:33' },
  { source: EFI_DEVICE, target: '/boot/efi', fstype: 'vfat', options: 'rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro', usage: EFI_USAGE, dev: '252:15' },
  { source: 'binfmt_misc', target: '/proc/sys/fs/binfmt_misc', fstype: 'binfmt_misc', options: 'rw,nosuid,nodev,noexec,relatime', dev: '0:47' },
];

/** FNV-1a: a stable seed from a string, for identifiers derived from an object's id. */
function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const shortIds = new Map<string, string>();

/** overlay2's short layer link names (`l/QJSHOKBUXYS4BG7TQKSB3F4DWX`), stable per layer. */
function shortId(of: string): string {
  let id = shortIds.get(of);
  if (id === undefined) {
    const r = new SeededRandom(seedOf(of));
    id = Array.from({ length: 26 }, () => BASE32[r.next() % 32]).join('');
    shortIds.set(of, id);
  }
  return id;
}

/** overlay2's mount options for a container: its init layer over the image's layers, its own upper dir. */
export function overlayOptions(s: DaemonState, c: Container): string {
  const image = s.images.get(c.config.imageId);
  const layers = Array.from({ length: image?.spec.layers ?? 1 }, (_, i) => `/var/lib/docker/overlay2/l/${shortId(`${c.config.imageId}/${i}`)}`);
  const dir = `/var/lib/docker/overlay2/${containerLayerId(c)}`;
  return `rw,relatime,lowerdir=/var/lib/docker/overlay2/l/${shortId(`${c.id}-init`)}:${layers.join(':')},upperdir=${dir}/diff,workdir=${dir}/work`;
}

/** The host's mounts from boot, without what logins and containers add. */
export function bootMounts(): readonly Mount[] {
  return BOOT_MOUNTS;
}

const running = (s: DaemonState) => [...s.containers.values()].filter((c) => c.state.status === 'running').sort((a, b) => a.state.startedAt - b.state.startedAt);

/**
 * The host's mounts: the boot's, then in the order they came — each login's /run/user/UID
 * (while a `systemd --user` runs for it), each running container's overlay and netns.
 */
export function hostMounts(s: DaemonState): Mount[] {
  const procs = s.kernel.procs;
  const users = s.kernel.users;
  const later: { at: number; order: number; mounts: Mount[] }[] = [];
  for (const p of procs.list()) {
    if (p.argv[0] !== '/lib/systemd/systemd' || p.argv[1] !== '--user') continue;
    const u = users.user(p.user);
    if (!u) continue;
    later.push({
      at: p.started, order: 0,
      mounts: [{ source: 'tmpfs', target: `/run/user/${u.uid}`, fstype: 'tmpfs', options: `rw,nosuid,nodev,relatime,size=${RUN_USER_KB}k,nr_inodes=99441,mode=700,uid=${u.uid},gid=${u.gid},inode64`, usage: tmpfsUsage(RUN_USER_KB, 4), dev: `0:${48 + u.uid % 7}` }],
    });
  }
  running(s).forEach((c, i) => {
    const mounts: Mount[] = [{ source: 'overlay', target: `/var/lib/docker/overlay2/${containerLayerId(c)}/merged`, fstype: 'overlay', options: overlayOptions(s, c), usage: ROOT_USAGE, dev: `0:${60 + i}` }];
    const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
    if (sb && sb.containerId === c.id) mounts.push({ source: 'nsfs', target: sb.path.replace(/^\/var\/run\//, '/run/'), fstype: 'nsfs', options: 'rw', dev: '0:4' });
    later.push({ at: c.state.startedAt, order: 1, mounts });
  });
  later.sort((a, b) => a.at - b.at || a.order - b.order);
  return [...BOOT_MOUNTS, ...later.flatMap((l) => l.mounts)];
}

/** Docker's masked paths that exist on Ubuntu's 5.15 kernel: directories get a read-only tmpfs, files /dev/null. */
const MASKED_DIRS = ['/proc/acpi', '/proc/scsi', '/sys/firmware'];
const MASKED_FILES = ['/proc/kcore', '/proc/keys', '/proc/timer_list'];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** A running container's mounts as runc sets them up (Docker 20.10 on cgroup v2). */
export function containerMounts(s: DaemonState, c: Container): Mount[] {
  const index = Math.max(0, running(s).indexOf(c));
  const base = 80 + index * 16;
  const dev = (n: number) => `0:${base + n}`;
  const devTmpfs = { usage: tmpfsUsage(65536), dev: dev(2) };
  const hostBind = (target: string): Mount => ({ source: ROOT_DEVICE, target, fstype: 'ext4', options: ROOT_FS_OPTIONS, usage: ROOT_USAGE, dev: '252:1' });
  const mounts: Mount[] = [
    { source: 'overlay', target: '/', fstype: 'overlay', options: overlayOptions(s, c), usage: ROOT_USAGE, dev: dev(0) },
    { source: 'proc', target: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime', dev: dev(1) },
    { source: 'tmpfs', target: '/dev', fstype: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755', ...devTmpfs },
    { source: 'devpts', target: '/dev/pts', fstype: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666', dev: dev(3) },
    { source: 'sysfs', target: '/sys', fstype: 'sysfs', options: 'ro,nosuid,nodev,noexec,relatime', dev: dev(4) },
    { source: 'cgroup', target: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'ro,nosuid,nodev,noexec,relatime', dev: '0:27' },
    { source: 'mqueue', target: '/dev/mqueue', fstype: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime', dev: dev(5) },
    { source: 'shm', target: '/dev/shm', fstype: 'tmpfs', options: 'rw,nosuid,nodev,noexec,relatime,size=65536k', usage: tmpfsUsage(65536), dev: dev(6) },
  ];
  // Docker sorts the bind mounts by the depth of their destination: /etc/… before /var/run/….
  const binds: Mount[] = [hostBind('/etc/resolv.conf'), hostBind('/etc/hostname'), hostBind('/etc/hosts')];
  for (const b of c.hostConfig.binds) {
    const [src, dst] = b.split(':') as [string, string];
    const onRun = src.startsWith('/run/') || src.startsWith('/var/run/');
    binds.push(onRun
      ? { source: 'tmpfs', target: dst, fstype: 'tmpfs', options: `rw,nosuid,nodev,noexec,relatime,size=${RUN_KB}k,mode=755,inode64`, usage: tmpfsUsage(RUN_KB, 1124), dev: '0:24' }
      : hostBind(dst));
  }
  const depth = (m: Mount) => m.target.split('/').filter(Boolean).length;
  mounts.push(...binds.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m) - depth(b.m) || a.i - b.i).map((x) => x.m));
  for (const t of READONLY) mounts.push({ source: 'proc', target: t, fstype: 'proc', options: 'ro,nosuid,nodev,noexec,relatime', dev: dev(1) });
  for (const t of ['/proc/acpi', ...MASKED_FILES, '/proc/scsi', '/sys/firmware']) {
    mounts.push(MASKED_DIRS.includes(t)
      ? { source: 'tmpfs', target: t, fstype: 'tmpfs', options: 'ro,relatime', usage: tmpfsUsage(HALF_MEMORY), dev: dev(7 + MASKED_DIRS.indexOf(t)) }
      : { source: 'tmpfs', target: t, fstype: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755', ...devTmpfs });
  }
  return mounts;
}

/** /proc/mounts text. */
export function mountsText(mounts: readonly Mount[]): string {
  return mounts.map((m) => `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0\n`).join('');
}
