import type { Process } from './processes.js';

/** The systemd unit each boot service runs in. */
const UNITS: Readonly<Record<string, string>> = {
  'systemd-journal': 'systemd-journald.service', 'systemd-udevd': 'systemd-udevd.service', 'systemd-timesyn': 'systemd-timesyncd.service',
  'systemd-network': 'systemd-networkd.service', 'systemd-resolve': 'systemd-resolved.service', cron: 'cron.service', 'dbus-daemon': 'dbus.service',
  'networkd-dispat': 'networkd-dispatcher.service', rsyslogd: 'rsyslog.service', 'systemd-logind': 'systemd-logind.service',
  agetty: 'system-getty.slice/getty@tty1.service', containerd: 'containerd.service', 'containerd-shim': 'containerd.service',
  dockerd: 'docker.service', 'docker-proxy': 'docker.service',
};

/**
 * A process's cgroup (v2) as /proc/PID/cgroup shows it from the host, laid out as systemd and
 * Docker's systemd cgroup driver do on Ubuntu 22.04: services in system.slice, containers in
 * docker-<id>.scope, logins in the user's slice. Kernel threads have none (`-` in ps).
 */
export function cgroupOf(p: Process): string {
  if (p.pid === 2 || p.ppid === 2) return '-';
  if (p.pidns !== 'host') return `0::/system.slice/docker-${p.pidns}.scope`;
  if (p.pid === 1) return '0::/init.scope';
  const unit = UNITS[p.comm];
  if (unit) return `0::/system.slice/${unit}`;
  if (p.comm === 'sshd' && !p.argv[0]?.includes('@') && !p.argv[0]?.includes('[priv]')) return '0::/system.slice/ssh.service';
  const uid = p.user === 'root' ? 0 : 1000;
  if (p.argv[0] === '/lib/systemd/systemd' || p.comm === '(sd-pam)') return `0::/user.slice/user-${uid}.slice/user@${uid}.service/init.scope`;
  return `0::/user.slice/user-${uid}.slice/session-1.scope`;
}
