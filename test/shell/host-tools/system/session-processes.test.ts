import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';

const shape = (s: ReturnType<typeof createShellSession>) =>
  s.host.kernel.procs.list().filter((p) => p.pid > 744).map((p) => `${p.pid} ${p.ppid} ${p.user} ${p.comm} ${p.argv.join(' ')}${p.tty ? ` ${p.tty}` : ''}`);

describe('the terminal session as processes', () => {
  it('is an ssh login: sshd [priv], the user manager, sshd@pts/0 and -bash, spawned on the first line', () => {
    const s = createShellSession();
    expect(shape(s)).toEqual([]);
    s.run('');
    expect(shape(s)).toEqual([
      '1045 662 root sshd sshd: learner [priv]',
      '1048 1 learner systemd /lib/systemd/systemd --user',
      '1049 1048 learner (sd-pam) (sd-pam)',
      '1110 1045 learner sshd sshd: learner@pts/0',
      '1111 1110 learner bash -bash pts/0',
    ]);
    expect(s.place.pid).toBe(1111);
  });

  it('ends with a logout, and a new login gets new processes', () => {
    const s = createShellSession();
    s.run('');
    s.run('exit');
    s.run('');
    expect(shape(s).map((l) => l.split(' ').slice(3).join(' '))).toEqual([
      'sshd sshd: learner [priv]', 'systemd /lib/systemd/systemd --user', '(sd-pam) (sd-pam)', 'sshd sshd: learner@pts/0', 'bash -bash pts/0',
    ]);
    expect(s.place.pid).toBeGreaterThan(1111);
  });
});
