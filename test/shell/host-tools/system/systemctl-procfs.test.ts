import { describe, expect, it } from 'vitest';
import { container, exec, run, session } from './harness.js';

describe('systemctl and docker.service', () => {
  it('status shows dockerd, its proxies and its journal (the learner is in adm)', () => {
    const s = session();
    container(s, 'web', 'httpd', ['httpd-foreground'], [[8080, 80]]);
    const out = run(s, 'systemctl status docker').split('\n');
    expect(out.slice(0, 13)).toEqual([
      '● docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)',
      '     Active: active (running) since Sat 2026-02-21 10:55:00 UTC; 5min ago',
      'TriggeredBy: ● docker.socket',
      '       Docs: https://docs.docker.com',
      '   Main PID: 744 (dockerd)',
      '      Tasks: 25 (limit: 4679)',
      '     Memory: 84.0M',
      '        CPU: 1.254s',
      '     CGroup: /system.slice/docker.service',
      '             ├─744 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
      '             ├─1045 /usr/sbin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080 -container-ip 172.17.0.2 -container-port 80',
      '             └─1046 /usr/sbin/docker-proxy -proto tcp -host-ip :: -host-port 8080 -container-ip 172.17.0.2 -container-port 80',
    ]);
    expect(out).toContain('Feb 21 10:55:00 docker-host systemd[1]: Started Docker Application Container Engine.');
    expect(run(s, 'systemctl is-active docker')).toBe('active\n');
    expect(run(s, 'systemctl stop docker')).toBe("[stderr]Failed to stop docker.service: Interactive authentication required.\nSee system logs and 'systemctl status docker.service' for details.\n[exit 1]");
    expect(run(s, 'systemctl status nosuch')).toBe('[stderr]Unit nosuch.service could not be found.\n[exit 4]');
  });

  it('stopping dockerd stops the containers (no live-restore) and the CLI cannot connect; starting brings dockerd back', () => {
    const s = session('root');
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'systemctl stop docker')).toBe('[stderr]Warning: Stopping docker.service, but it can still be activated by:\n  docker.socket\n');
    expect(run(s, 'systemctl is-active docker')).toBe('inactive\n[exit 3]');
    expect(run(s, 'pgrep -c dockerd')).toBe('0\n[exit 1]');
    expect(run(s, 'pgrep -c containerd-shim')).toBe('0\n[exit 1]');
    expect(s.host.engine.container('c1').state).toMatchObject({ status: 'exited', exitCode: 137 });
    expect(run(s, 'systemctl status docker').split('\n').slice(0, 8)).toEqual([
      '○ docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)',
      '     Active: inactive (dead) since Sat 2026-02-21 11:00:01 UTC; 4s ago',
      'TriggeredBy: ● docker.socket',
      '       Docs: https://docs.docker.com',
      '    Process: 744 ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock (code=exited, status=0/SUCCESS)',
      '   Main PID: 744 (code=exited, status=0/SUCCESS)',
      '        CPU: 1.254s',
    ]);
    expect(run(s, 'systemctl start docker')).toBe('');
    expect(run(s, 'pgrep -a dockerd')).toBe('1138 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n');
  });
});

describe('procfs', () => {
  it('a container sees its own PID namespace in /proc; the host sees the same process with its host PID', () => {
    const s = session('root');
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(exec(s, id, ['cat', '/proc/1/cmdline'])).toBe('sleep\x003600\x00');
    expect(exec(s, id, ['cat', '/proc/1/cgroup'])).toBe('0::/\n');
    expect(exec(s, id, ['ls', '/proc'])).toBe('1\n19\nmounts\nnet\nself\nsys\nuptime\nversion\n');
    const pid = s.host.engine.container('c1').state.pid;
    expect(run(s, `cat /proc/${pid}/cgroup`)).toBe(`0::/system.slice/docker-${id}.scope\n`);
    expect(run(s, `grep -E '^(Name|Pid|PPid|NSpid|Uid|CapEff):' /proc/${pid}/status`)).toBe(`Name:\tsleep\nPid:\t${pid}\nPPid:\t${pid - 19}\nUid:\t0\t0\t0\t0\nNSpid:\t${pid}\t1\nCapEff:\t00000000a80425fb\n`);
    expect(run(s, 'cat /proc/1/comm')).toBe('systemd\n');
    expect(run(s, 'ls -l /proc/self')).toMatch(/^lrwxrwxrwx 1 root root 4 Feb 21 11:00 \/proc\/self -> \d{4}\n$/);
    expect(run(s, 'cat /proc/mounts | grep " /run "')).toBe('tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=397768k,mode=755,inode64 0 0\n');
  });
});

describe('docker.socket', () => {
  it('starts docker.service again for the next client; stopped too, nothing answers', async () => {
    const { connectDockerSocket } = await import('../../../../src/shell/host-tools/system/systemctl.js');
    const s = session('root');
    run(s, 'systemctl stop docker');
    expect(s.host.dockerdUp).toBe(false);
    connectDockerSocket({ host: s.host } as never);
    expect(s.host.dockerdUp).toBe(true);
    expect(run(s, 'systemctl stop docker.socket')).toBe('');
    expect(run(s, 'systemctl stop docker')).toBe('');
    connectDockerSocket({ host: s.host } as never);
    expect(s.host.dockerdUp).toBe(false);
    expect(run(s, 'systemctl status docker.socket').split('\n')[2]).toMatch(/^ {5}Active: inactive \(dead\) since /);
  });
});
