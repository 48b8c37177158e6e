import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../src/shell/index.js';

// grep's context options through a terminal, on docker's own output; what stays unsimulated
// says so in the simulator's usual words. (Context output itself: recorded.test.ts.)
describe('grep in a session', () => {
  it('docker info | grep -A2 Swarm: prints the line and two after it', () => {
    const s = createShellSession({ user: 'root' });
    const info = s.run('docker info').stdout.split('\n');
    const at = info.indexOf(' Swarm: inactive');
    expect(at).toBeGreaterThan(0);
    expect(s.run('docker info | grep -A2 Swarm:')).toEqual({ stdout: `${info.slice(at, at + 3).join('\n')}\n`, stderr: '', exitCode: 0 });
    expect(s.run('docker info | grep -B1 -n Swarm:')).toEqual({ stdout: `${at}-${info[at - 1] ?? ''}\n${at + 1}:${info[at] ?? ''}\n`, stderr: '', exitCode: 0 });
  });

  it('an option still not simulated is named, with status 1', () => {
    const s = createShellSession({ user: 'root' });
    expect(s.run('grep -b root /etc/passwd')).toEqual({ stdout: '', stderr: "dockerlings: 'grep -b' is not simulated yet — try it with --backend docker\n", exitCode: 1 });
    expect(s.run('grep --color=auto root /etc/passwd')).toEqual({ stdout: '', stderr: "dockerlings: 'grep --color' is not simulated yet — try it with --backend docker\n", exitCode: 1 });
  });
});
