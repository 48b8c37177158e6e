import type { SimHost } from '../sim/host.js';
import type { HostPlace } from './place.js';

const ROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Ubuntu's /etc/environment PATH, which every login gets; root's bash profile keeps the shorter one. */
const USER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin';

/**
 * A login shell's credentials and environment (ssh login, `su - USER`, `sudo -i`): its groups
 * are read from /etc/group now (initgroups), and stay as they are for its life — which is why
 * `usermod -aG docker` needs a new login. `pid` is the shell's process, when it has one.
 */
export function loginPlace(host: SimHost, user: string, pid?: number): HostPlace {
  const db = host.kernel.users;
  const u = db.user(user);
  if (!u) throw new Error(`no such user ${user}`);
  const gids = db.groupsOf(user).map((g) => g.gid);
  const env = new Map([
    ['HOME', u.home], ['USER', u.name], ['LOGNAME', u.name], ['SHELL', u.shell],
    ['PATH', u.uid === 0 ? ROOT_PATH : USER_PATH],
    ['LANG', 'C.UTF-8'], ['TERM', 'xterm-256color'],
  ]);
  return { kind: 'host', user: u.name, uid: u.uid, gids, cwd: u.home, env, vars: new Map(env), ...(pid !== undefined ? { pid } : {}) };
}
