/**
 * The simulated machine itself: an Ubuntu 22.04 VM with 2 vCPUs, 4 GiB of memory and a 40 GB
 * virtio disk (root on /dev/vda1, the EFI partition on /dev/vda15, as Ubuntu's cloud images
 * lay it out). uname, /proc/meminfo, df, mount and `docker info` all read these figures.
 */
export const KERNEL = {
  sysname: 'Linux',
  release: '5.15.0-125-generic',
  version: '#135-Ubuntu SMP Fri Sep 27 13:53:58 UTC 2024',
  machine: 'x86_64',
  os: 'GNU/Linux',
} as const;

/** MemTotal, in KiB (`docker info` reports 3.793GiB). */
export const MEM_TOTAL_KB = 3977680;
export const CPUS = 2;

/** systemd raises kernel.pid_max to 4194304 on 64-bit machines: procps then prints PIDs 7 wide. */
export const PID_MAX = 4194304;

/** A block filesystem's statfs figures, in 1 KiB blocks. */
export interface DiskUsage {
  readonly blocks: number;
  readonly used: number;
  readonly avail: number;
}

export const ROOT_DEVICE = '/dev/vda1';
export const ROOT_FS_OPTIONS = 'rw,relatime,discard,errors=remount-ro';
/** ext4 keeps 5% for root: available is less than size minus used. */
export const ROOT_USAGE: DiskUsage = { blocks: 40470732, used: 7180120, avail: 31267076 };
export const EFI_DEVICE = '/dev/vda15';
export const EFI_USAGE: DiskUsage = { blocks: 106858, used: 6186, avail: 100672 };
