import type { UserDb } from './kernel/users.js';

/**
 * /etc/passwd and /etc/group of an Ubuntu 22.04 server, in file order, with the tutorial's
 * `learner` (uid 1000, in adm and sudo like an installer-created user) and the `docker` group
 * that docker-ce's postinst adds last (`groupadd --system docker` takes gid 999).
 */
const NOLOGIN = '/usr/sbin/nologin';

const SYSTEM_USERS: readonly [string, number, number, string, string, string][] = [
  ['daemon', 1, 1, 'daemon', '/usr/sbin', NOLOGIN],
  ['bin', 2, 2, 'bin', '/bin', NOLOGIN],
  ['sys', 3, 3, 'sys', '/dev', NOLOGIN],
  ['sync', 4, 65534, 'sync', '/bin', '/bin/sync'],
  ['games', 5, 60, 'games', '/usr/games', NOLOGIN],
  ['man', 6, 12, 'man', '/var/cache/man', NOLOGIN],
  ['lp', 7, 7, 'lp', '/var/spool/lpd', NOLOGIN],
  ['mail', 8, 8, 'mail', '/var/mail', NOLOGIN],
  ['news', 9, 9, 'news', '/var/spool/news', NOLOGIN],
  ['uucp', 10, 10, 'uucp', '/var/spool/uucp', NOLOGIN],
  ['proxy', 13, 13, 'proxy', '/bin', NOLOGIN],
  ['www-data', 33, 33, 'www-data', '/var/www', NOLOGIN],
  ['backup', 34, 34, 'backup', '/var/backups', NOLOGIN],
  ['list', 38, 38, 'Mailing List Manager', '/var/list', NOLOGIN],
  ['irc', 39, 39, 'ircd', '/run/ircd', NOLOGIN],
  ['gnats', 41, 41, 'Gnats Bug-Reporting System (admin)', '/var/lib/gnats', NOLOGIN],
  ['nobody', 65534, 65534, 'nobody', '/nonexistent', NOLOGIN],
  ['_apt', 100, 65534, '', '/nonexistent', NOLOGIN],
  ['systemd-network', 101, 102, 'systemd Network Management,,,', '/run/systemd', NOLOGIN],
  ['systemd-resolve', 102, 103, 'systemd Resolver,,,', '/run/systemd', NOLOGIN],
  ['messagebus', 103, 104, '', '/nonexistent', NOLOGIN],
  ['systemd-timesync', 104, 105, 'systemd Time Synchronization,,,', '/run/systemd', NOLOGIN],
  ['syslog', 105, 111, '', '/home/syslog', NOLOGIN],
  ['sshd', 106, 65534, '', '/run/sshd', NOLOGIN],
];

const GROUPS: readonly [string, number, string[]][] = [
  ['root', 0, []], ['daemon', 1, []], ['bin', 2, []], ['sys', 3, []], ['adm', 4, ['syslog', 'learner']],
  ['tty', 5, []], ['disk', 6, []], ['lp', 7, []], ['mail', 8, []], ['news', 9, []], ['uucp', 10, []],
  ['man', 12, []], ['proxy', 13, []], ['kmem', 15, []], ['dialout', 20, []], ['fax', 21, []], ['voice', 22, []],
  ['cdrom', 24, []], ['floppy', 25, []], ['tape', 26, []], ['sudo', 27, ['learner']], ['audio', 29, []],
  ['dip', 30, []], ['www-data', 33, []], ['backup', 34, []], ['operator', 37, []], ['list', 38, []], ['irc', 39, []],
  ['src', 40, []], ['gnats', 41, []], ['shadow', 42, []], ['utmp', 43, []], ['video', 44, []], ['sasl', 45, []],
  ['plugdev', 46, []], ['staff', 50, []], ['games', 60, []], ['users', 100, []], ['nogroup', 65534, []],
  ['systemd-journal', 101, []], ['systemd-network', 102, []], ['systemd-resolve', 103, []], ['messagebus', 104, []],
  ['systemd-timesync', 105, []], ['input', 106, []], ['sgx', 107, []], ['kvm', 108, []], ['render', 109, []],
  ['crontab', 110, []], ['syslog', 111, []], ['_ssh', 112, []],
];

export function bootUsers(db: UserDb, learner: string, learnerInDocker: boolean): void {
  db.addUser({ name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash', gecos: 'root' });
  for (const [name, uid, gid, gecos, home, shell] of SYSTEM_USERS) db.addUser({ name, uid, gid, gecos, home, shell });
  db.addUser({ name: learner, uid: 1000, gid: 1000, home: `/home/${learner}`, shell: '/bin/bash', gecos: learner });
  for (const [name, gid, members] of GROUPS) db.addGroup(name, gid, members.map((m) => (m === 'learner' ? learner : m)));
  db.addGroup(learner, 1000);
  db.addGroup('docker', 999, learnerInDocker ? [learner] : []);
}
