import { describe, expect, it } from 'vitest';
import { container, run, session } from './harness.js';

// docker.socket (ListenStream=/run/docker.sock, SocketMode=0660, SocketGroup=docker) and
// docker.service (Requires=docker.socket), as Ubuntu's docker.io package ships them: after
// `systemctl stop docker` the socket still listens, and systemd starts dockerd for the first
// client that connects. connect(2) checks the file's permission first: a user outside the docker
// group is refused and starts nothing. Stopping docker.socket stops docker.service with it.

describe('socket activation', () => {
  it('docker ps after systemctl stop docker starts dockerd again (a new process)', () => {
    const s = session('learner');
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'sudo systemctl stop docker')).toBe('[stderr]Warning: Stopping docker.service, but it can still be activated by:\n  docker.socket\n');
    expect(run(s, 'pgrep -c dockerd')).toBe('0\n[exit 1]');
    expect(run(s, 'docker ps')).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect(run(s, 'systemctl is-active docker')).toBe('active\n');
    expect(run(s, 'pgrep -c dockerd')).toBe('1\n');
    expect(run(s, 'docker ps -a --format "{{.Names}} {{.Status}}"')).toMatch(/^c1 Exited \(137\) \d+ seconds? ago\n$/);
  });

  it('curl --unix-socket is a client like any other', () => {
    const s = session('learner');
    run(s, 'sudo systemctl stop docker');
    expect(run(s, 'curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/json')).toBe('[]\n');
    expect(run(s, 'systemctl is-active docker')).toBe('active\n');
  });

  it('stopping docker.socket stops docker.service too (Requires=): nobody answers', () => {
    const s = session('learner');
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    expect(run(s, 'sudo systemctl stop docker.socket')).toBe('');
    expect(run(s, 'systemctl is-active docker docker.socket')).toBe('inactive\ninactive\n[exit 3]');
    expect(s.host.engine.container('c1').state.status).toBe('exited');
    expect(run(s, 'docker ps')).toBe('[stderr]Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n[exit 1]');
    expect(run(s, 'curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/json')).toBe('[exit 7]');
    // The socket file stays (RemoveOnStop=no).
    expect(run(s, 'ls -l /var/run/docker.sock')).toMatch(/^srw-rw---- 1 root docker 0 /);
    // Starting the service starts the socket it requires.
    expect(run(s, 'sudo systemctl start docker')).toBe('');
    expect(run(s, 'systemctl is-active docker.socket docker')).toBe('active\nactive\n');
    // The socket alone: dockerd waits for a client.
    run(s, 'sudo systemctl stop docker.socket');
    expect(run(s, 'sudo systemctl start docker.socket')).toBe('');
    expect(run(s, 'systemctl is-active docker')).toBe('inactive\n[exit 3]');
    expect(run(s, 'docker version --format "{{.Server.Version}}"')).toBe('20.10.24+dfsg1\n');
    expect(run(s, 'systemctl is-active docker')).toBe('active\n');
  });

  it('a user outside the docker group is refused by the socket file and starts nothing', () => {
    const s = session('learner', false);
    run(s, 'sudo systemctl stop docker');
    expect(run(s, 'docker ps')).toBe('[stderr]permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n[exit 1]');
    expect(run(s, 'curl -s --unix-socket /var/run/docker.sock http://localhost/_ping')).toBe('[exit 7]');
    expect(run(s, 'systemctl is-active docker')).toBe('inactive\n[exit 3]');
  });
});
