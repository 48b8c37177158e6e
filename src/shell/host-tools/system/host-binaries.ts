// Where Ubuntu 22.04 (merged /usr: /bin is /usr/bin, /sbin is /usr/sbin) keeps the programs a
// Docker host has: what `which` finds along $PATH. The simulated host's filesystem holds no
// executables, so this table stands for /usr/bin and /usr/sbin. Checked against `which -a` on
// the reference host (Debian 12, laid out the same way); Ubuntu's own packages where they differ
// (docker.io: /usr/bin/docker and /usr/bin/dockerd; snapd).

const SBIN = ['brctl', 'bridge', 'iptables', 'ip6tables', 'iptables-save', 'iptables-restore', 'usermod', 'useradd', 'userdel',
  'groupadd', 'nft', 'sysctl', 'runc', 'conntrack', 'traceroute', 'ip', 'tc', 'modprobe', 'lsmod', 'reboot', 'shutdown', 'visudo', 'killall5', 'ifup', 'ifdown'];

const BIN = ['awk', 'bash', 'sh', 'dash', 'cat', 'clear', 'curl', 'cut', 'df', 'docker', 'dockerd', 'docker-proxy', 'echo', 'env', 'false',
  'getent', 'gpasswd', 'grep', 'groups', 'head', 'hostname', 'id', 'ip', 'ls', 'mount', 'umount', 'nc', 'newgrp', 'nsenter', 'nslookup', 'dig', 'host',
  'pgrep', 'pkill', 'ping', 'ps', 'pstree', 'sleep', 'sort', 'ss', 'stat', 'su', 'sudo', 'systemctl', 'journalctl', 'tail', 'telnet', 'top', 'htop',
  'tr', 'true', 'uname', 'uniq', 'wc', 'wget', 'whoami', 'which', 'pidof', 'findmnt', 'lsns', 'unshare', 'file', 'sed', 'find', 'xargs', 'touch',
  'mkdir', 'rmdir', 'rm', 'chmod', 'chown', 'chgrp', 'cp', 'mv', 'ln', 'du', 'whereis', 'printenv', 'date', 'seq', 'tee', 'basename', 'dirname',
  'readlink', 'realpath', 'test', 'printf', 'pwd', 'kill', 'killall', 'free', 'uptime', 'watch', 'tar', 'gzip', 'less', 'more', 'man', 'vi', 'vim',
  'nano', 'tcpdump', 'strace', 'lsof', 'tracepath', 'ctr', 'containerd', 'containerd-shim-runc-v2', 'apt', 'apt-get', 'dpkg', 'snap', 'ssh', 'scp',
  'git', 'make', 'python3', 'perl', 'diff', 'mawk', 'tac', 'nl', 'od', 'md5sum', 'sha256sum', 'base64', 'yes', 'sync', 'lsblk',
  'logger', 'timeout', 'nohup', 'ldd', 'passwd', 'chsh', 'login', 'w', 'who', 'last', 'mktemp', 'stty', 'tty', 'expr', 'sha1sum'];

const SBIN_SET = new Set(SBIN);
const BIN_SET = new Set(BIN);

/** Is there an executable at this absolute path of the simulated Ubuntu host? */
export function hostBinaryExists(abs: string): boolean {
  const slash = abs.lastIndexOf('/');
  const dir = abs.slice(0, slash) || '/';
  const name = abs.slice(slash + 1);
  if (dir === '/usr/sbin' || dir === '/sbin') return SBIN_SET.has(name);
  if (dir === '/usr/bin' || dir === '/bin') return BIN_SET.has(name);
  return false;
}
