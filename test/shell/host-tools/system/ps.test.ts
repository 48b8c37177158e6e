import { describe, expect, it } from 'vitest';
import { layoutLine } from '../../../../src/shell/host-tools/system/ps/gnu-layout.js';
import { container, exec, run, session } from './harness.js';

// Formats checked against procps-ng (ps -ef, ps aux, -o …) and Debian's busybox 1.35 on the
// reference machine; PIDs are 7 wide on Ubuntu 22.04 (pid_max 4194304), 5 on the reference
// machine (pid_max 32768): same layout code, other width.

const USAGE = "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

describe('procps ps on the host', () => {
  it('without options shows the terminal\'s own processes: the login shell and ps', () => {
    const s = session();
    expect(run(s, 'ps')).toBe('    PID TTY          TIME CMD\n   1111 pts/0    00:00:00 bash\n   1112 pts/0    00:00:00 ps\n');
  });

  it('-ef: dockerd and containerd started by systemd, a shim per container as its PID 1\'s parent, a docker-proxy per port', () => {
    const s = session();
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    container(s, 'web', 'httpd', ['httpd-foreground'], [[8080, 80]]);
    const lines = run(s, 'ps -ef').split('\n');
    expect(lines[0]).toBe('UID          PID    PPID  C STIME TTY          TIME CMD');
    expect(lines).toContain('root           1       0  0 10:55 ?        00:00:02 /sbin/init');
    expect(lines).toContain('root         744       1  0 10:55 ?        00:00:01 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock');
    expect(lines).toContain('systemd+     563       1  0 10:55 ?        00:00:00 /lib/systemd/systemd-resolved');
    const id = s.host.engine.container('c1').id;
    expect(lines).toContain(`root        1045       1  0 11:00 ?        00:00:00 /usr/bin/containerd-shim-runc-v2 -namespace moby -id ${id} -address /run/containerd/containerd.sock`);
    expect(lines).toContain('root        1064    1045  0 11:00 ?        00:00:00 sleep 3600');
    expect(lines).toContain('root        1065     744  0 11:00 ?        00:00:00 /usr/sbin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.3 -container-port 80');
    expect(lines.slice(-3)).toEqual([
      'learner     1153    1152  0 11:00 pts/0    00:00:00 -bash',
      'learner     1154    1153  0 11:00 pts/0    00:00:00 ps -ef',
      '',
    ]);
  });

  it('aux: BSD user format with memory, state flags and start time', () => {
    const s = session();
    expect(run(s, 'ps aux | head -4')).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n'
      + 'root           1  0.7  0.3 167744 13068 ?        Ss   10:55   0:02 /sbin/init\n'
      + 'root           2  0.0  0.0      0     0 ?        S    10:55   0:00 [kthreadd]\n'
      + 'root           3  0.0  0.0      0     0 ?        I<   10:55   0:00 [rcu_gp]\n',
    );
    expect(run(s, 'ps aux | grep dockerd')).toBe('root         744  0.3  2.0 1867036 78512 ?       Ssl  10:55   0:01 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n');
  });

  it('-o, -p, -C, --ppid', () => {
    const s = session();
    expect(run(s, 'ps -o pid,ppid,cmd -p 744')).toBe('    PID    PPID CMD\n    744       1 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n');
    expect(run(s, 'ps -C dockerd')).toBe('    PID TTY          TIME CMD\n    744 ?        00:00:01 dockerd\n');
    expect(run(s, 'ps -o comm= -p 703,744')).toBe('containerd\ndockerd\n');
    expect(run(s, 'ps -o pid=X,comm -p 1')).toBe('      X COMMAND\n      1 systemd\n');
    expect(run(s, 'ps -o user,pid -p 528')).toBe('USER         PID\nsystemd+     528\n');
    expect(run(s, 'ps -o pid,user -p 528')).toBe('    PID USER\n    528 systemd-timesync\n');
    expect(run(s, 'ps --ppid 2 -o pid= | head -2')).toBe('      3\n      4\n');
    expect(run(s, 'ps -p 999999')).toBe('    PID TTY          TIME CMD\n[exit 1]');
  });

  it('prints procps\'s errors and usage', () => {
    const s = session();
    expect(run(s, 'ps -p')).toBe(`[stderr]error: list of process IDs must follow -p\n${USAGE}[exit 1]`);
    expect(run(s, 'ps -Q')).toBe(`[stderr]error: unsupported SysV option\n${USAGE}[exit 1]`);
    expect(run(s, 'ps Q')).toBe(`[stderr]error: unsupported option (BSD syntax)\n${USAGE}[exit 1]`);
    expect(run(s, 'ps -o foo')).toBe(`[stderr]error: unknown user-defined format specifier "foo"\n${USAGE}[exit 1]`);
    expect(run(s, 'ps -p abc')).toBe(`[stderr]error: process ID list syntax error\n${USAGE}[exit 1]`);
    expect(run(s, 'ps -U nosuch')).toBe(`[stderr]error: user name does not exist\n${USAGE}[exit 1]`);
  });
});

describe("procps's column layout", () => {
  // Real: `ps -o comm:5,pid -p 1` → "COMMAND PID" / "proce     1" (pid 5 wide there).
  it('lets a wide header push the line and takes the padding back from a right-aligned column', () => {
    expect(layoutLine([{ text: 'COMMAND', width: 5, align: 'L' }, { text: 'PID', width: 5, align: 'R' }])).toBe('COMMAND PID');
    expect(layoutLine([{ text: 'proce', width: 5, align: 'L' }, { text: '1', width: 5, align: 'R' }])).toBe('proce     1');
    // `ps -o comm=,pid -p 1`: an empty header still takes its room.
    expect(layoutLine([{ text: '', width: 15, align: 'L' }, { text: 'PID', width: 5, align: 'R' }])).toBe('                  PID');
    // `ps -o pid,comm= -p 1`: the empty last header leaves a trailing space.
    expect(layoutLine([{ text: 'PID', width: 5, align: 'R' }, { text: '', width: 15, align: 'L' }])).toBe('  PID ');
  });
});

describe('busybox ps in a container', () => {
  it('sees its own PID namespace: the program as PID 1, each docker exec a new PID with PPID 0', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    // Real: `docker exec c ps` on a fresh busybox container.
    expect(exec(s, id, ['ps'])).toBe('PID   USER     COMMAND\n    1 root     sleep 3600\n    7 root     ps\n');
    expect(exec(s, id, ['ps', '-o', 'pid,ppid,comm'])).toBe('PID   PPID  COMMAND\n    1     0 sleep\n   13     0 ps\n');
    expect(exec(s, id, ['ps', '-o', 'pid,user,vsz,stat,tty,nice,group,comm,args'])).toBe(
      'PID   USER     VSZ  STAT TT     NI    GROUP    COMMAND          COMMAND\n'
      + '    1 root     2268 S    ?          0 root     sleep            sleep 3600\n'
      + '   19 root     2268 R    ?          0 root     ps               ps -o pid,user,vsz,stat,tty,nice,group,comm,args\n',
    );
    expect(exec(s, id, ['ps', '-o', 'pid=,comm='])).toBe('    1 sleep\n   25 ps\n');
    expect(exec(s, id, ['ps', '-o', 'pid=A,comm=B'])).toBe('A B\n1 s\n31 p\n');
  });

  it('prints busybox\'s errors', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(exec(s, id, ['ps', '-x'])).toBe("[stderr]ps: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: ps [-o COL1,COL2=HEADER] [-T]\n\nShow list of processes\n\n\t-o COL1,COL2=HEADER\tSelect columns for display\n\t-T\t\t\tShow threads\n[exit 1]");
    expect(exec(s, id, ['ps', '-o', 'time'])).toBe("[stderr]ps: bad -o argument 'time', supported arguments: user,group,comm,args,pid,ppid,pgid,nice,rgroup,ruser,tty,vsz,sid,stat,rss\n[exit 1]");
  });
});

describe('pgrep and pstree', () => {
  it('pgrep matches process names, -a shows command lines, and never itself', () => {
    const s = session();
    container(s, 'web', 'httpd', ['httpd-foreground'], [[8080, 80]]);
    expect(run(s, 'pgrep -a dockerd')).toBe('744 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n');
    expect(run(s, 'pgrep -l docker')).toBe('744 dockerd\n1045 docker-proxy\n1046 docker-proxy\n');
    expect(run(s, 'pgrep -c pgrep')).toBe('0\n[exit 1]');
    expect(run(s, 'pgrep')).toBe("[stderr]pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n[exit 2]");
    expect(run(s, 'pgrep containerd-shim-runc-v2')).toBe("[stderr]pgrep: pattern that searches for process name longer than 15 characters will result in zero matches\nTry `pgrep -f' option to match against the complete command line.\n[exit 1]");
    expect(run(s, "pgrep '('")).toBe('[stderr]pgrep: regex error: Unmatched ( or \\(\n[exit 2]');
  });

  it('pstree draws systemd\'s tree with merged identical subtrees and threads', () => {
    const s = session();
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    container(s, 'c2', 'busybox', ['sleep', '3600']);
    expect(run(s, 'pstree')).toBe([
      'systemd─┬─agetty',
      '        ├─containerd───9*[{containerd}]',
      '        ├─2*[containerd-shim─┬─sleep]',
      '        │                    └─10*[{containerd-shim}]]',
      '        ├─cron',
      '        ├─dbus-daemon',
      '        ├─dockerd───10*[{dockerd}]',
      '        ├─networkd-dispat',
      '        ├─rsyslogd───3*[{rsyslogd}]',
      '        ├─sshd───sshd───sshd───bash───pstree',
      '        ├─systemd───(sd-pam)',
      '        ├─systemd-journal',
      '        ├─systemd-logind',
      '        ├─systemd-network',
      '        ├─systemd-resolve',
      '        ├─systemd-timesyn───{systemd-timesyn}',
      '        └─systemd-udevd',
      '',
    ].join('\n'));
    expect(run(s, 'pstree -p 1045').split('\n').slice(0, 2)).toEqual(['containerd-shim(1045)─┬─sleep(1064)', '                      ├─{containerd-shim}(1046)']);
    expect(run(s, 'pstree nosuchuser')).toBe('[stderr]No such user name: nosuchuser\n[exit 1]');
  });
});
