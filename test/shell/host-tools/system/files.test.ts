import { describe, expect, it } from 'vitest';
import { gnuHumanCeil, bbHuman } from '../../../../src/shell/host-tools/system/files/human.js';
import { container, exec, run, session } from './harness.js';
import { containerLayerId } from '../../../../src/sim/daemon/layers.js';

// Formats as coreutils (ls, stat 8.32: "cannot statx"), util-linux mount and busybox print them
// when their output is not a terminal; checked against the reference machine.

describe('ls and stat on the host', () => {
  it('shows the docker socket as a root:docker unix socket on /run, reached through /var/run', () => {
    const s = session();
    expect(run(s, 'ls -l /var/run/docker.sock')).toBe('srw-rw---- 1 root docker 0 Feb 21 11:00 /var/run/docker.sock\n');
    expect(run(s, 'ls -ld /var/run /var/lib/docker')).toBe('drwx--x--- 3 root root 4096 Feb 21 11:00 /var/lib/docker\nlrwxrwxrwx 1 root root    4 Feb 21 11:00 /var/run -> /run\n');
    expect(run(s, "stat -c '%U %G %a %A %F' /var/run/docker.sock")).toBe('root docker 660 srw-rw---- socket\n');
    expect(run(s, 'stat -c %g /var/run/docker.sock')).toBe('999\n');
    expect(run(s, 'stat /var/run/docker.sock')).toBe([
      '  File: /var/run/docker.sock',
      '  Size: 0         \tBlocks: 0          IO Block: 4096   socket',
      'Device: 18h/24d\tInode: 3226850     Links: 1',
      'Access: (0660/srw-rw----)  Uid: (    0/    root)   Gid: (  999/  docker)',
      'Access: 2026-02-21 11:00:00.000000000 +0000',
      'Modify: 2026-02-21 11:00:00.000000000 +0000',
      'Change: 2026-02-21 11:00:00.000000000 +0000',
      ' Birth: -',
      '',
    ].join('\n'));
    expect(run(s, 'stat -c %N /var/run')).toBe("'/var/run' -> '/run'\n");
  });

  it('fails as ls and stat fail', () => {
    const s = session();
    expect(run(s, 'ls nosuch')).toBe("[stderr]ls: cannot access 'nosuch': No such file or directory\n[exit 2]");
    expect(run(s, 'ls /var/lib/docker')).toBe("[stderr]ls: cannot open directory '/var/lib/docker': Permission denied\n[exit 2]");
    expect(run(s, 'ls -l /var/lib/docker/containers')).toBe("[stderr]ls: cannot access '/var/lib/docker/containers': Permission denied\n[exit 2]");
    expect(run(s, 'ls -d /tmp nosuch')).toBe("/tmp\n[stderr]ls: cannot access 'nosuch': No such file or directory\n[exit 2]");
    expect(run(s, 'stat nosuch')).toBe("[stderr]stat: cannot statx 'nosuch': No such file or directory\n[exit 1]");
    expect(run(s, 'stat')).toBe("[stderr]stat: missing operand\nTry 'stat --help' for more information.\n[exit 1]");
    expect(run(s, 'ls -Z /')).toBe("[stderr]dockerlings: 'ls -Z' is not simulated yet — try it with --backend docker\n[exit 1]");
  });

  it('lists a directory with . and .., totals and aligned columns', () => {
    const s = session();
    // Ubuntu's /etc/skel files are there, as in a real account's home.
    expect(run(s, 'ls -la /home/learner')).toBe('total 20\ndrwxr-x--- 2 learner learner 4096 Feb 21 11:00 .\ndrwxr-xr-x 3 root    root    4096 Feb 21 11:00 ..\n-rw-r--r-- 1 learner learner   62 Feb 21 11:00 .bash_logout\n-rw-r--r-- 1 learner learner   55 Feb 21 11:00 .bashrc\n-rw-r--r-- 1 learner learner   68 Feb 21 11:00 .profile\n');
    expect(run(s, 'sudo ls /var/lib/docker')).toBe('containers\n');
  });
});

describe('df and mount', () => {
  it('df -h on the host: /run on tmpfs, the root disk, one overlay per running container, the login\'s /run/user', () => {
    const s = session();
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'df -h')).toBe([
      'Filesystem      Size  Used Avail Use% Mounted on',
      'tmpfs           389M  1.1M  388M   1% /run',
      '/dev/vda1        39G  6.9G   30G  19% /',
      'tmpfs           1.9G     0  1.9G   0% /dev/shm',
      'tmpfs           5.0M     0  5.0M   0% /run/lock',
      '/dev/vda15      105M  6.1M   99M   6% /boot/efi',
      // the container's read-write layer has an ID of its own (not the container's)
      `overlay          39G  6.9G   30G  19% /var/lib/docker/overlay2/${containerLayerId({ id })}/merged`,
      'tmpfs           389M  4.0K  389M   1% /run/user/1000',
      '',
    ].join('\n'));
    expect(run(s, 'df -h /var/run/docker.sock')).toBe('Filesystem      Size  Used Avail Use% Mounted on\ntmpfs           389M  1.1M  388M   1% /run\n');
    expect(run(s, 'df /')).toBe('Filesystem     1K-blocks    Used Available Use% Mounted on\n/dev/vda1       40470732 7180120  31267076  19% /\n');
    expect(run(s, 'df nosuch')).toBe('[stderr]df: nosuch: No such file or directory\n[exit 1]');
    expect(run(s, 'mount -t tmpfs | head -1')).toBe('tmpfs on /run type tmpfs (rw,nosuid,nodev,noexec,relatime,size=397768k,mode=755,inode64)\n');
  });

  it('in a busybox container: overlay on /, /etc/hosts and friends bind-mounted from the host\'s disk', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    // Real (`docker run --rm busybox df -h` on the reference machine, whose disk is /dev/vda and cgroup v1).
    expect(exec(s, id, ['df', '-h'])).toBe([
      'Filesystem                Size      Used Available Use% Mounted on',
      'overlay                  38.6G      6.8G     29.8G  19% /',
      'tmpfs                    64.0M         0     64.0M   0% /dev',
      'shm                      64.0M         0     64.0M   0% /dev/shm',
      '/dev/vda1                38.6G      6.8G     29.8G  19% /etc/resolv.conf',
      '/dev/vda1                38.6G      6.8G     29.8G  19% /etc/hostname',
      '/dev/vda1                38.6G      6.8G     29.8G  19% /etc/hosts',
      'tmpfs                     1.9G         0      1.9G   0% /proc/acpi',
      'tmpfs                    64.0M         0     64.0M   0% /proc/kcore',
      'tmpfs                    64.0M         0     64.0M   0% /proc/keys',
      'tmpfs                    64.0M         0     64.0M   0% /proc/timer_list',
      'tmpfs                     1.9G         0      1.9G   0% /proc/scsi',
      'tmpfs                     1.9G         0      1.9G   0% /sys/firmware',
      '',
    ].join('\n'));
    expect(exec(s, id, ['df', 'nosuch'])).toBe("Filesystem           1K-blocks      Used Available Use% Mounted on\n[stderr]df: nosuch: can't find mount point\n[exit 1]");
    expect(exec(s, id, ['df', '-h', '/etc/hosts'])).toBe('Filesystem                Size      Used Available Use% Mounted on\n/dev/vda1                38.6G      6.8G     29.8G  19% /etc/resolv.conf\n');
    const mounts = exec(s, id, ['mount']).split('\n');
    expect(mounts[0]).toMatch(new RegExp(`^overlay on / type overlay \\(rw,relatime,lowerdir=/var/lib/docker/overlay2/l/[A-Z2-7]{26}:/var/lib/docker/overlay2/l/[A-Z2-7]{26},upperdir=/var/lib/docker/overlay2/${containerLayerId({ id })}/diff,workdir=/var/lib/docker/overlay2/${containerLayerId({ id })}/work\\)$`));
    expect(mounts.filter((l) => l.includes(' /etc/'))).toEqual([
      '/dev/vda1 on /etc/resolv.conf type ext4 (rw,relatime,discard,errors=remount-ro)',
      '/dev/vda1 on /etc/hostname type ext4 (rw,relatime,discard,errors=remount-ro)',
      '/dev/vda1 on /etc/hosts type ext4 (rw,relatime,discard,errors=remount-ro)',
    ]);
  });

  it('busybox ls and stat in a container', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(exec(s, id, ['ls', '-l', '/etc'])).toBe([
      'total 20',
      '-rw-r--r--    1 root     root            10 Feb 21 11:00 group',
      '-rw-r--r--    1 root     root            13 Feb 21 11:00 hostname',
      '-rw-r--r--    1 root     root           174 Feb 21 11:00 hosts',
      'lrwxrwxrwx    1 root     root            12 Feb 21 11:00 mtab -> /proc/mounts',
      '-rw-r--r--    1 root     root            30 Feb 21 11:00 passwd',
      '-rw-r--r--    1 root     root            20 Feb 21 11:00 resolv.conf',
      '',
    ].join('\n'));
    expect(exec(s, id, ['ls', 'nosuch'])).toBe('[stderr]ls: nosuch: No such file or directory\n[exit 1]');
    expect(exec(s, id, ['stat', '-c', '%N', '/etc/mtab', '/etc/hosts'])).toBe("'/etc/mtab' -> '/proc/mounts'\n/etc/hosts\n");
    expect(exec(s, id, ['stat', 'nosuch'])).toBe("[stderr]stat: can't stat 'nosuch': No such file or directory\n[exit 1]");
  });
});

describe('human-readable sizes', () => {
  it('rounds up as gnulib does, and keeps one decimal as busybox does', () => {
    expect([49, 4096, 46137344, 400528 * 1024, 7180120 * 1024].map((n) => gnuHumanCeil(n))).toEqual(['49', '4.0K', '44M', '392M', '6.9G']);
    expect([0, 65536 * 1024, 264212084 * 1024].map((n) => bbHuman(n))).toEqual(['0', '64.0M', '252.0G']);
  });
});
