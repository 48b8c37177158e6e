import { describe, expect, it } from 'vitest';
import { container, exec, run, session } from './harness.js';

// Lesson 1: groups are fixed at login. Texts as coreutils 8.32, shadow and util-linux print them
// (checked on the reference machine with a throw-away user; sudo's from sudo 1.9.13).

describe('lesson 1: usermod changes /etc/group, not the running shell', () => {
  it('needs a new login (newgrp, su -, or logging out) before id shows docker', () => {
    const s = session('learner', false);
    expect(run(s, 'id')).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),27(sudo)\n');
    expect(run(s, 'usermod -aG docker learner')).toBe('[stderr]usermod: Permission denied.\nusermod: cannot lock /etc/passwd; try again later.\n[exit 1]');
    expect(run(s, 'newgrp docker')).toBe('[stderr]Password: \nInvalid password.\n[exit 1]');
    expect(run(s, 'sudo usermod -aG docker learner')).toBe('');
    expect(run(s, 'getent group docker')).toBe('docker:x:999:learner\n');
    // The running shell keeps its groups; the database already has the new one.
    expect(run(s, 'id')).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),27(sudo)\n');
    expect(run(s, 'id learner')).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),27(sudo),999(docker)\n');
    expect(run(s, 'groups learner')).toBe('learner : learner adm sudo docker\n');
    // newgrp: a new shell whose group is docker, the others kept.
    expect(run(s, 'newgrp docker')).toBe('');
    expect(run(s, 'id')).toBe('uid=1000(learner) gid=999(docker) groups=999(docker),4(adm),27(sudo),1000(learner)\n');
    expect(s.place.kind === 'host' && s.place.gids).toEqual([999, 1000, 4, 27]);
    expect(run(s, 'ps -o pid,ppid,user,args')).toBe('    PID    PPID USER     COMMAND\n   1111    1110 learner  -bash\n   1122    1121 learner  bash\n   1124    1122 learner  ps -o pid,ppid,user,args\n');
    expect(run(s, 'ps -o user=,args= -p 1121')).toBe('root     newgrp docker\n');
    expect(run(s, 'exit')).toBe('[stderr]exit\n');
    expect(run(s, 'groups')).toBe('learner adm sudo\n');
    // su - learner: a new login, groups read now.
    expect(run(s, 'su - learner')).toBe('[stderr]Password: \n');
    expect(run(s, 'groups')).toBe('learner adm sudo docker\n');
    expect(run(s, 'exit')).toBe('[stderr]logout\n');
  });

  it('logging out and in again gives a new login too', () => {
    const s = session('learner', false);
    run(s, 'sudo usermod -aG docker learner');
    run(s, 'exit');
    expect(run(s, 'id -Gn')).toBe('learner adm sudo docker\n');
  });
});

describe('id, groups, whoami', () => {
  it('report users of the database and their errors', () => {
    const s = session();
    expect(run(s, 'id nobody')).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect(run(s, 'id -un')).toBe('learner\n');
    expect(run(s, 'id -G')).toBe('1000 4 27 999\n');
    expect(run(s, 'id nosuch')).toBe('[stderr]id: ‘nosuch’: no such user\n[exit 1]');
    expect(run(s, 'id -n')).toBe('[stderr]id: cannot print only names or real IDs in default format\n[exit 1]');
    expect(run(s, 'id -x')).toBe("[stderr]id: invalid option -- 'x'\nTry 'id --help' for more information.\n[exit 1]");
    expect(run(s, 'groups nobody root')).toBe('nobody : nogroup\nroot : root\n');
    expect(run(s, 'groups nosuch')).toBe('[stderr]groups: ‘nosuch’: no such user\n[exit 1]');
    expect(run(s, 'whoami')).toBe('learner\n');
    expect(run(s, 'whoami x')).toBe("[stderr]whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\n[exit 1]");
  });

  it('in a busybox container: root, and busybox\'s messages', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(exec(s, id, ['id'])).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(exec(s, id, ['id', 'nosuch'])).toBe('[stderr]id: unknown user nosuch\n[exit 1]');
    expect(exec(s, id, ['whoami'])).toBe('root\n');
    expect(exec(s, id, ['groups', 'root'])).toBe('root\n');
  });
});

describe('sudo and su', () => {
  it('sudo runs a command as root without a password (NOPASSWD admin), or enters a root shell', () => {
    const s = session();
    expect(run(s, 'sudo id')).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(run(s, 'sudo nosuch')).toBe('[stderr]sudo: nosuch: command not found\n[exit 1]');
    expect(run(s, 'sudo cd /')).toBe('[stderr]sudo: cd: command not found\n[exit 1]');
    expect(run(s, 'sudo -u nosuchuser id')).toBe('[stderr]sudo: unknown user nosuchuser\nsudo: error initializing audit plugin sudoers_audit\n[exit 1]');
    expect(run(s, 'sudo -u nobody id')).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect(run(s, 'sudo -i')).toBe('');
    expect(s.prompt()).toBe('root@docker-host:~#');
    expect(run(s, 'ps')).toBe('    PID TTY          TIME CMD\n   1119 pts/0    00:00:00 sudo\n   1120 pts/0    00:00:00 bash\n   1121 pts/0    00:00:00 ps\n');
    expect(run(s, 'exit')).toBe('[stderr]logout\n');
    expect(run(s, 'sudo su')).toBe('');
    expect(run(s, 'ps -o pid,ppid,user,args')).toBe('    PID    PPID USER     COMMAND\n   1122    1111 root     sudo su\n   1123    1122 root     su\n   1124    1123 root     bash\n   1125    1124 root     ps -o pid,ppid,user,args\n');
    expect(run(s, 'exit')).toBe('[stderr]exit\n');
    expect(run(s, 'ps -o pid= -p 1122,1123,1124')).toBe('[exit 1]');
  });

  it('su to root fails (its password is locked on Ubuntu); root may become anyone', () => {
    const s = session();
    expect(run(s, 'su')).toBe('[stderr]Password: \nsu: Authentication failure\n[exit 1]');
    expect(run(s, 'su nosuch')).toBe('[stderr]su: user nosuch does not exist or the user entry does not contain all the required fields\n[exit 1]');
    const r = session('root');
    expect(run(r, 'su nobody -c id')).toBe('This account is currently not available.\n[exit 1]');
    expect(run(r, 'su - learner -c id')).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),4(adm),27(sudo),999(docker)\n');
    expect(run(r, 'su learner')).toBe('');
    expect(r.prompt()).toBe('learner@docker-host:/root$');
  });

  it('gpasswd and usermod as root', () => {
    const s = session('root', false);
    expect(run(s, 'gpasswd -a learner docker')).toBe('Adding user learner to group docker\n');
    expect(run(s, 'gpasswd -d learner docker')).toBe('Removing user learner from group docker\n');
    expect(run(s, 'gpasswd -d learner docker')).toBe("Removing user learner from group docker\n[stderr]gpasswd: user 'learner' is not a member of 'docker'\n[exit 3]");
    expect(run(s, 'gpasswd -a learner nosuch')).toBe("[stderr]gpasswd: group 'nosuch' does not exist in /etc/group\n[exit 3]");
    expect(run(s, 'usermod -aG nosuch learner')).toBe("[stderr]usermod: group 'nosuch' does not exist\n[exit 6]");
    expect(run(s, 'usermod -aG docker nosuch')).toBe("[stderr]usermod: user 'nosuch' does not exist\n[exit 6]");
    expect(run(s, 'getent group nosuch')).toBe('[exit 2]');
    expect(run(s, 'getent passwd nobody')).toBe('nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  });
});

describe('hostname, uname, clear', () => {
  it('the host and a container share the kernel, not the name', () => {
    const s = session();
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'hostname')).toBe('docker-host\n');
    expect(run(s, 'hostname -I')).toBe('10.0.2.15 172.17.0.1 \n');
    expect(run(s, 'uname -a')).toBe('Linux docker-host 5.15.0-125-generic #135-Ubuntu SMP Fri Sep 27 13:53:58 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n');
    expect(run(s, 'uname -r')).toBe('5.15.0-125-generic\n');
    expect(exec(s, id, ['uname', '-a'])).toBe(`Linux ${id.slice(0, 12)} 5.15.0-125-generic #135-Ubuntu SMP Fri Sep 27 13:53:58 UTC 2024 x86_64 GNU/Linux\n`);
    expect(exec(s, id, ['hostname'])).toBe(`${id.slice(0, 12)}\n`);
    // Real: `TERM=xterm-256color clear | od -c` → \033[H\033[2J\033[3J; busybox: \033[H\033[J.
    expect(run(s, 'clear')).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect(exec(s, id, ['clear'])).toBe('\x1b[H\x1b[J');
  });
});
