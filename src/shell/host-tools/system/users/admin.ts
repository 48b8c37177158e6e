import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../common.js';
import { getentHosts } from './getent-hosts.js';

// Changing the group database (shadow's usermod and gpasswd, Ubuntu 22.04) and reading it
// (glibc's getent). Only /etc/group changes: running shells keep the groups they logged in with.

/** shadow's usermod usage (recorded from shadow 4.13, worded as Ubuntu's 4.8.1 bar the newer options). */
const USERMOD_USAGE = `Usage: usermod [options] LOGIN

Options:
  -a, --append                  append the user to the supplemental GROUPS
                                mentioned by the -G option without removing
                                the user from other groups
  -b, --badname                 allow bad names
  -c, --comment COMMENT         new value of the GECOS field
  -d, --home HOME_DIR           new home directory for the user account
  -e, --expiredate EXPIRE_DATE  set account expiration date to EXPIRE_DATE
  -f, --inactive INACTIVE       set password inactive after expiration
                                to INACTIVE
  -g, --gid GROUP               force use GROUP as new primary group
  -G, --groups GROUPS           new list of supplementary GROUPS
  -h, --help                    display this help message and exit
  -l, --login NEW_LOGIN         new value of the login name
  -L, --lock                    lock the user account
  -m, --move-home               move contents of the home directory to the
                                new location (use only with -d)
  -o, --non-unique              allow using duplicate (non-unique) UID
  -p, --password PASSWORD       use encrypted password for the new password
  -P, --prefix PREFIX_DIR       prefix directory where are located the /etc/* files
  -r, --remove                  remove the user from only the supplemental GROUPS
                                mentioned by the -G option without removing
                                the user from other groups
  -R, --root CHROOT_DIR         directory to chroot into
  -s, --shell SHELL             new login shell for the user account
  -u, --uid UID                 new UID for the user account
  -U, --unlock                  unlock the user account
  -v, --add-subuids FIRST-LAST  add range of subordinate uids
  -V, --del-subuids FIRST-LAST  remove range of subordinate uids
  -w, --add-subgids FIRST-LAST  add range of subordinate gids
  -W, --del-subgids FIRST-LAST  remove range of subordinate gids
  -Z, --selinux-user SEUSER     new SELinux user mapping for the user account

`;

/** usermod -aG / -G (root only: a normal user cannot even lock /etc/passwd). */
export function usermod(args: readonly string[], ctx: ProgramContext): CommandResult {
  let append = false;
  let groups: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-h' || a === '--help') return { stdout: USERMOD_USAGE, stderr: '', exitCode: 0 };
    if (a === '-a' || a === '--append') append = true;
    else if (a === '-G' || a === '--groups') groups = args[++i];
    else if (a.startsWith('-G') && a.length > 2) groups = a.slice(2);
    else if (a === '-aG') {
      append = true;
      groups = args[++i];
    } else if (a.startsWith('-aG')) {
      append = true;
      groups = a.slice(3);
    } else if (a.startsWith('-')) return notSimulated(`usermod ${a}`);
    else rest.push(a);
  }
  if (rest.length !== 1) return { stdout: '', stderr: USERMOD_USAGE, exitCode: 2 };
  if (ctx.cred.uid !== 0) return { stdout: '', stderr: 'usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.\n', exitCode: 1 };
  if (append && groups === undefined) return { stdout: '', stderr: `usermod: -a flag is ONLY allowed with the -G flag\n${USERMOD_USAGE}`, exitCode: 2 };
  const db = ctx.host.kernel.users;
  const names = (groups ?? '').split(',').filter(Boolean);
  for (const g of names) if (!db.group(g)) return { stdout: '', stderr: `usermod: group '${g}' does not exist\n`, exitCode: 6 };
  const login = rest[0] as string;
  if (!db.user(login)) return { stdout: '', stderr: `usermod: user '${login}' does not exist\n`, exitCode: 6 };
  if (groups === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  if (!append) for (const g of db.groups) if (!names.includes(g.name)) db.removeMember(g.name, login);
  for (const g of names) db.addMember(g, login);
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** gpasswd -a USER GROUP / -d USER GROUP (root only here: no group has an administrator). */
export function gpasswd(args: readonly string[], ctx: ProgramContext): CommandResult {
  const [flag, user, group, ...extra] = args;
  if ((flag !== '-a' && flag !== '-d' && flag !== '--add' && flag !== '--delete') || user === undefined || group === undefined || extra.length > 0) {
    return notSimulated(['gpasswd', ...args].join(' '));
  }
  if (ctx.cred.uid !== 0) return { stdout: '', stderr: 'gpasswd: Permission denied.\n', exitCode: 1 };
  const db = ctx.host.kernel.users;
  const g = db.group(group);
  if (!g) return { stdout: '', stderr: `gpasswd: group '${group}' does not exist in /etc/group\n`, exitCode: 3 };
  if (!db.user(user)) return { stdout: '', stderr: `gpasswd: user '${user}' does not exist\n`, exitCode: 3 };
  if (flag === '-a' || flag === '--add') {
    db.addMember(group, user);
    return { stdout: `Adding user ${user} to group ${group}\n`, stderr: '', exitCode: 0 };
  }
  // gpasswd announces the removal before it finds there is nothing to remove.
  if (!g.members.includes(user)) return { stdout: `Removing user ${user} from group ${group}\n`, stderr: `gpasswd: user '${user}' is not a member of '${group}'\n`, exitCode: 3 };
  db.removeMember(group, user);
  return { stdout: `Removing user ${user} from group ${group}\n`, stderr: '', exitCode: 0 };
}

/** getent passwd|group|hosts [KEY…]: lines of the database, by name or number; 2 when a key is not found. */
export function getent(args: readonly string[], ctx: ProgramContext): CommandResult {
  const [database, ...keys] = args;
  if (database === undefined) return { stdout: '', stderr: "getent: wrong number of arguments\nTry `getent --help' or `getent --usage' for more information.\n", exitCode: 1 };
  if (database === 'hosts') {
    const hosts = ctx.fs.read('/etc/hosts');
    return getentHosts(hosts.ok ? hosts.content : '', keys);
  }
  const file = database === 'passwd' ? '/etc/passwd' : database === 'group' ? '/etc/group' : undefined;
  if (!file) {
    if (['ahosts', 'ahostsv4', 'services', 'protocols', 'networks', 'shadow', 'gshadow', 'netgroup', 'initgroups', 'ethers', 'rpc', 'aliases'].includes(database)) return notSimulated(`getent ${database}`);
    return { stdout: '', stderr: `Unknown database: ${database}\nTry \`getent --help' or \`getent --usage' for more information.\n`, exitCode: 1 };
  }
  const r = ctx.fs.read(file);
  const lines = r.ok ? r.content.split('\n').filter(Boolean) : [];
  if (keys.length === 0) return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
  let stdout = '';
  let status = 0;
  for (const k of keys) {
    const f = lines.find((l) => l.split(':')[0] === k) ?? (/^\d+$/.test(k) ? lines.find((l) => l.split(':')[2] === k) : undefined);
    if (f) stdout += `${f}\n`;
    else status = 2;
  }
  return { stdout, stderr: '', exitCode: status };
}
