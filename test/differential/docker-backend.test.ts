// The real backend the differential suite replays through: byte-exact output, exit codes, users.
// Needs bash, not Docker.
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createDockerBackend } from '../../src/backend/docker.js';
import { realPrompt, resolveRealUser } from '../../src/backend/docker-user.js';

describe('docker backend', () => {
  const b = createDockerBackend({ kind: 'docker', timeoutMs: 5_000, track: false });

  it('keeps output byte for byte and reports the exit status', async () => {
    expect(await b.run('printf "a\\n\\n"; printf err >&2; exit 3')).toEqual({ stdout: 'a\n\n', stderr: 'err', exitCode: 3 });
  });

  it('runs each line in a fresh shell with no stdin', async () => {
    await b.run('X=1; cd /');
    expect(await b.run('echo "[$X]"; cat')).toEqual({ stdout: '[]\n', stderr: '', exitCode: 0 });
  });

  it('says so when a line runs too long', async () => {
    const slow = createDockerBackend({ kind: 'docker', timeoutMs: 300, track: false });
    const r = await slow.run('sleep 5');
    expect(r.exitCode).toBe(124);
    expect(r.stderr).toBe("dockerlings: 'sleep 5' timed out after 0.3 s\n");
  });

  it('checks through the same kind of fresh shell', async () => {
    expect((await b.check('echo ok')).stdout).toBe('ok\n');
  });
});

describe('docker backend users and prompt', () => {
  const passwd = 'root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000::/home/learner:/bin/bash\n';

  it('runs as whoever runs dockerlings unless told otherwise', () => {
    expect(resolveRealUser(undefined, passwd)).toMatchObject({ name: userInfo().username, prefix: [] });
  });

  it('switches user with runuser only when root, and refuses unknown users', () => {
    expect(() => resolveRealUser('nosuch', passwd)).toThrow(/no user 'nosuch'/);
    if (userInfo().uid === 0) {
      expect(resolveRealUser('learner', passwd)).toMatchObject({ name: 'learner', uid: 1000, home: '/home/learner', prefix: ['runuser', '-u', 'learner', '--'] });
    } else {
      expect(() => resolveRealUser('root', passwd)).toThrow(/only root can switch users/);
    }
  });

  it('prompts as bash does: ~ for home, # for root', () => {
    expect(realPrompt({ name: 'root', uid: 0, home: '/root', prefix: [] }, '/root', 'vm.example')).toBe('root@vm:~#');
    expect(realPrompt({ name: 'learner', uid: 1000, home: '/home/learner', prefix: [] }, '/home/learner/x', 'docker-host')).toBe('learner@docker-host:~/x$');
    expect(realPrompt({ name: 'learner', uid: 1000, home: '/home/learner', prefix: [] }, '/tmp', 'docker-host')).toBe('learner@docker-host:/tmp$');
  });
});
