import { describe, expect, it } from 'vitest';
import { classifyEngineTrouble, formatEngineTrouble } from '../../src/backend/docker/engine-trouble.js';

const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('the engine went away', () => {
  it('the daemon is stopped (docker CLI 28, `docker ps` with dockerd stopped)', () => {
    const t = classifyEngineTrouble(fail('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n'));
    expect(t).toMatchObject({ kind: 'daemon-down', host: 'unix:///var/run/docker.sock' });
    expect(formatEngineTrouble(t as NonNullable<typeof t>)).toBe(
      [
        'The Docker engine is not running (nothing answers at unix:///var/run/docker.sock).',
        '  Start the engine: sudo systemctl start docker',
        '  (without systemd: sudo service docker start)',
        '  Your progress is kept: once this is fixed, go on where you were (:check looks at the step again).',
      ].join('\n'),
    );
    // `docker run` prefixes its name and exits 125.
    expect(classifyEngineTrouble(fail("docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n\nRun 'docker run --help' for more information\n", 125))?.kind).toBe('daemon-down');
  });

  it('a rootless engine and a remote one get their own fix', () => {
    expect(classifyEngineTrouble(fail('Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?\n'))?.fix[0]).toBe('Start your rootless engine: systemctl --user start docker');
    expect(classifyEngineTrouble(fail('Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?\n'))?.fix[0]).toMatch(/^The engine at tcp:\/\/127\.0\.0\.1:1 does not answer/);
  });

  it('the socket is denied (CLI 28 as a user outside the docker group; CLI 20 says "Got permission denied")', () => {
    const cli28 = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n';
    const t = classifyEngineTrouble(fail(cli28));
    expect(t).toMatchObject({ kind: 'socket-permission', socket: 'unix:///var/run/docker.sock' });
    expect(t?.fix.slice(0, 2)).toEqual(['Add yourself to the docker group: sudo usermod -aG docker $USER', 'then log out and in again (or, in this terminal only: newgrp docker); a group change needs a new login.']);
    expect(classifyEngineTrouble(fail('Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://x": dial unix /var/run/docker.sock: connect: permission denied\n'))?.kind).toBe('socket-permission');
  });

  it('a missing context, a missing CLI, and ordinary failures', () => {
    expect(classifyEngineTrouble(fail('Failed to initialize: unable to resolve docker endpoint: context "nosuch": context not found: open /root/.docker/contexts/meta/x/meta.json: no such file or directory\n'))).toMatchObject({ kind: 'no-context', context: 'nosuch' });
    expect(classifyEngineTrouble(fail('bash: line 1: docker: command not found\n', 127))?.kind).toBe('no-docker-cli');
    expect(classifyEngineTrouble(fail('Error response from daemon: No such container: pc1\n'))).toBeUndefined();
    expect(classifyEngineTrouble({ stdout: 'ok\n', stderr: 'Cannot connect to the Docker daemon at x. Is the docker daemon running?', exitCode: 0 })).toBeUndefined();
  });
});
