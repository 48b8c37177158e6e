import type { Kernel } from './kernel/kernel.js';
import { mountSysfsNet } from './kernel/sysfs-net.js';
import { LAB_NODES } from './lab.js';

/** The host's files at boot: a plausible Ubuntu 22.04 server with Docker installed from Docker's packages. */
export function bootFilesystem(k: Kernel, now: number, hostname: string): void {
  const fs = k.fs;
  const meta = { mtime: now };
  for (const d of ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/etc', '/proc', '/sys', '/dev', '/run', '/run/containerd', '/var', '/var/lib', '/home']) fs.mkdirp(d, meta);
  fs.mkdirp('/tmp', { mode: 0o1777 });
  fs.mkdirp('/root', { mode: 0o700 });
  fs.mkdirp('/home/learner', { mode: 0o750, uid: 1000, gid: 1000 });
  // Ubuntu's /etc/skel, so `ls -a ~` looks like a real account's home.
  for (const [name, text] of [['.bash_logout', '# ~/.bash_logout: executed by bash(1) when login shell exits.\n'], ['.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n'], ['.profile', '# ~/.profile: executed by the command interpreter for login shells.\n']] as const) {
    fs.writeFile(`/home/learner/${name}`, text, { uid: 1000, gid: 1000, mtime: now });
  }
  fs.mkdirp('/var/lib/docker', { mode: 0o710 });
  fs.mkdirp('/var/lib/docker/containers', { mode: 0o710 });
  fs.put('/var/run', { type: 'symlink', target: '/run', mode: 0o777, uid: 0, gid: 0, mtime: now });
  fs.put('/run/docker.sock', { type: 'socket', mode: 0o660, uid: 0, gid: 999, mtime: now });
  fs.put('/run/containerd/containerd.sock', { type: 'socket', mode: 0o660, uid: 0, gid: 0, mtime: now });
  fs.writeFile('/etc/hostname', `${hostname}\n`, meta);
  // The workshop's machines are listed at the end, as whoever prepared the lab added them.
  const lab = LAB_NODES.map((n) => `${n.ip} ${n.hostname}\n`).join('');
  fs.writeFile('/etc/hosts', `127.0.0.1 localhost\n127.0.1.1 ${hostname}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n\n# The lab's machines\n${lab}`, meta);
  fs.writeFile('/etc/resolv.conf', 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n', meta);
  fs.writeFile('/etc/issue', 'Ubuntu 22.04.4 LTS \\n \\l\n\n', meta);
  fs.writeFile('/etc/os-release', 'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=jammy\n', meta);
  fs.writeFile('/etc/passwd', () => k.users.passwdText(), meta);
  fs.writeFile('/etc/group', () => k.users.groupText(), meta);
  // As in an Ubuntu cloud image: no account has a usable password (`*`), the installer's user a
  // locked one (`!`: it logs in by key and uses sudo). Readable by root and the shadow group only.
  const installed = Math.floor(now / 86_400_000) - 7;
  const shadowLine = (passwdLine: string) => {
    const name = passwdLine.slice(0, passwdLine.indexOf(':'));
    return `${name}:${name === 'learner' ? '!' : '*'}:${installed}:0:99999:7:::\n`;
  };
  fs.writeFile('/etc/shadow', () => k.users.passwdText().split('\n').filter(Boolean).map(shadowLine).join(''), { mode: 0o640, gid: 42, mtime: now });
  mountSysfsNet(fs, k.net, () => 'host');
}
