import { describe, expect, it } from 'vitest';
import { container, exec, run, session } from './harness.js';

// which (debianutils 5.7), pidof (sysvinit-utils), findmnt (util-linux 2.38.1) and file (5.44)
// as the reference host prints them; the programs' places are Ubuntu 22.04's (merged /usr).

describe('which', () => {
  it('walks $PATH; -a lists every match; nothing and status 1 for what is missing', () => {
    const s = session();
    expect(run(s, 'which ip docker nosuch')).toBe('/usr/sbin/ip\n/usr/bin/docker\n[exit 1]');
    expect(run(s, 'which -a ip')).toBe('/usr/sbin/ip\n/usr/bin/ip\n/sbin/ip\n/bin/ip\n');
    expect(run(s, 'which iptables pidof')).toBe('/usr/sbin/iptables\n/usr/bin/pidof\n');
    expect(run(s, 'which /usr/bin/docker')).toBe('/usr/bin/docker\n');
    // Ubuntu 22.04 has no net-tools; builtins are no programs.
    expect(run(s, 'which ifconfig cd')).toBe('[exit 1]');
    expect(run(s, 'which')).toBe('[exit 1]');
    expect(run(s, 'which -x ip')).toBe('[stderr]Illegal option -x\nUsage: /usr/bin/which [-a] args\n[exit 2]');
    expect(run(s, 'which --help')).toBe('[stderr]Illegal option --\nUsage: /usr/bin/which [-a] args\n[exit 2]');
  });

  it('in a busybox container: the image\'s own files', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(exec(s, id, ['which', 'ls', 'ip', 'nosuch'])).toBe('/bin/ls\n/bin/ip\n[exit 1]');
  });
});

describe('pidof', () => {
  it('matches argv[0] or its base name, the task name only for a rewritten argv[0]; newest first', () => {
    const s = session('root');
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    container(s, 'c2', 'busybox', ['sleep', '3600']);
    const shims = run(s, 'pgrep containerd-shim').trim().split('\n').reverse().join(' ');
    expect(run(s, 'pidof containerd-shim-runc-v2')).toBe(`${shims}\n`);
    // The shims' task name is containerd-shim, but their argv[0] is /usr/bin/containerd-shim-runc-v2.
    expect(run(s, 'pidof containerd-shim')).toBe('[exit 1]');
    expect(run(s, 'pidof dockerd')).toBe(`${run(s, 'pgrep dockerd').trim()}\n`);
    expect(run(s, 'pidof -s containerd-shim-runc-v2')).toBe(`${shims.split(' ')[0]}\n`);
    // sshd rewrites its argv[0] (`sshd: root [priv]`): found by its task name.
    expect(run(s, 'pidof sshd')).toMatch(/^\d+ \d+ 662\n$/);
    // A login shell is -bash, not bash.
    expect(run(s, 'pidof bash')).toBe('[exit 1]');
    expect(run(s, 'pidof nosuch')).toBe('[exit 1]');
    expect(run(s, 'pidof')).toBe('[exit 1]');
  });
});

describe('findmnt', () => {
  it('prints the mount tree, / at its root, columns as wide as their cells', () => {
    const s = session();
    const lines = run(s, 'findmnt').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'TARGET                         SOURCE      FSTYPE      OPTIONS',
      '/                              /dev/vda1   ext4        rw,relatime,discard,errors=remount-ro',
      '├─/sys                         sysfs       sysfs       rw,nosuid,nodev,noexec,relatime',
      '│ ├─/sys/kernel/security       securityfs  securityfs  rw,nosuid,nodev,noexec,relatime',
    ]);
    expect(lines).toContain('│   └─/proc/sys/fs/binfmt_misc binfmt_misc binfmt_misc rw,nosuid,nodev,noexec,relatime');
    expect(lines.at(-2)).toBe('└─/boot/efi                    /dev/vda15  vfat        rw,relatime,fmask=0077,dmask=0077,codepage=437,iocharset=iso8859-1,shortname=mixed,errors=remount-ro');
  });

  it('finds one mount point, source or the mount a path is on; -n, -o, -l, -t', () => {
    const s = session();
    expect(run(s, 'findmnt /')).toBe('TARGET SOURCE    FSTYPE OPTIONS\n/      /dev/vda1 ext4   rw,relatime,discard,errors=remount-ro\n');
    expect(run(s, 'findmnt -n /proc')).toBe('/proc  proc   proc   rw,nosuid,nodev,noexec,relatime\n');
    expect(run(s, 'findmnt -no TARGET,FSTYPE /proc')).toBe('/proc  proc\n');
    expect(run(s, 'findmnt -no SOURCE /')).toBe('/dev/vda1\n');
    expect(run(s, 'findmnt -o target /proc')).toBe('TARGET\n/proc\n');
    expect(run(s, 'findmnt -T /var/run/docker.sock')).toBe('TARGET SOURCE FSTYPE OPTIONS\n/run   tmpfs  tmpfs  rw,nosuid,nodev,noexec,relatime,size=397768k,mode=755,inode64\n');
    expect(run(s, 'findmnt -l -t proc,sysfs')).toBe('TARGET SOURCE FSTYPE OPTIONS\n/sys   sysfs  sysfs  rw,nosuid,nodev,noexec,relatime\n/proc  proc   proc   rw,nosuid,nodev,noexec,relatime\n');
    expect(run(s, 'findmnt -t tmpfs').split('\n').map((l) => l.split(' ')[0])).toEqual(['TARGET', '/run', '├─/run/lock', '└─/run/user/1000', '/dev/shm', '']);
    // A directory that is no mount point: nothing, status 1 (-T finds its mount).
    expect(run(s, 'findmnt /tmp')).toBe('[exit 1]');
    expect(run(s, 'findmnt -t ext3')).toBe('');
    expect(run(s, 'findmnt -o FOO')).toBe('[stderr]findmnt: unknown column: FOO\n[exit 1]');
  });

  it('shows a container\'s namespace file as nsfs[net:[INODE]]', () => {
    const s = session();
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'findmnt -l -t nsfs')).toMatch(/^TARGET +SOURCE +FSTYPE OPTIONS\n\/run\/docker\/netns\/[0-9a-f]{12} nsfs\[net:\[40265\d{5}\]\] nsfs {3}rw\n$/);
  });
});

describe('file', () => {
  it('names what the simulated files are, aligned on the longest name', () => {
    const s = session();
    run(s, 'cd /tmp');
    run(s, 'echo hello > a.txt');
    run(s, 'touch empty');
    expect(run(s, 'file a.txt empty /var/run/docker.sock /var/run /etc nosuch')).toBe([
      'a.txt:                ASCII text',
      'empty:                empty',
      '/var/run/docker.sock: socket',
      '/var/run:             symbolic link to /run',
      '/etc:                 directory',
      "nosuch:               cannot open `nosuch' (No such file or directory)",
      '',
    ].join('\n'));
    expect(run(s, 'file -b a.txt')).toBe('ASCII text\n');
    expect(run(s, 'file -L /var/run')).toBe('/var/run: directory\n');
    expect(run(s, 'file /root/x')).toBe("/root/x: cannot open `/root/x' (Permission denied)\n");
    expect(run(s, 'file')).toMatch(/^\[stderr\]Usage: file \[-bcCdEhikLlNnprsSvzZ0\] \[--apple\][\s\S]*\[exit 1\]$/);
  });
});
