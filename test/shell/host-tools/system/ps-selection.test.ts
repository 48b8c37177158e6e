import { describe, expect, it } from 'vitest';
import { container, exec, run, session } from './harness.js';

// procps-ng on the reference host (4.0.2; the host presents Ubuntu 22.04's 3.3.17) and procps
// 3.3's source for the images' own ps (ps/select.c, proc/sysinfo.c).

describe('ps -C', () => {
  it('compares the first 15 characters, the kernel\'s task name (strncmp(cmd, name, 15))', () => {
    const s = session('root');
    container(s, 'c1', 'busybox', ['sleep', '3600']);
    const shim = run(s, 'pgrep containerd-shim').trim();
    // ps -C containerd-shim-runc-v2 → the shims (their comm is containerd-shim, cut to 15)
    expect(run(s, 'ps -C containerd-shim-runc-v2')).toBe(`    PID TTY          TIME CMD\n${shim.padStart(7)} ?        00:00:00 containerd-shim\n`);
    expect(run(s, 'ps -C containerd-shimX -o comm=')).toBe('containerd-shim\n');
    // A shorter name is not a prefix match.
    expect(run(s, 'ps -C containerd-shi')).toBe('    PID TTY          TIME CMD\n[exit 1]');
    expect(run(s, 'ps -C containerd-shimX,sleep -o comm=')).toBe('containerd-shim\nsleep\n');
  });
});

describe('ps -V', () => {
  it('prints the version (-V, V, --version), the image\'s own procps in a container', () => {
    const s = session('root');
    expect(run(s, 'ps -V')).toBe('ps from procps-ng 3.3.17\n');
    expect(run(s, 'ps V')).toBe('ps from procps-ng 3.3.17\n');
    const xenial = container(s, 'u16', 'ubuntu:16.04', ['sleep', '3600']);
    expect(exec(s, xenial, ['ps', '--version'])).toBe('ps from procps-ng 3.3.10\n');
    const noble = container(s, 'u24', 'ubuntu', ['sleep', '3600']);
    expect(exec(s, noble, ['ps', '-V'])).toBe('ps from procps-ng 4.0.4\n');
  });

  it('sizes PID columns by pid_max in ubuntu:16.04 too: procps 3.3 reads /proc/sys/kernel/pid_max (get_pid_digits), which a container shares with the host', () => {
    const s = session('root');
    const xenial = container(s, 'u16', 'ubuntu:16.04', ['sleep', '3600']);
    expect(exec(s, xenial, ['cat', '/proc/sys/kernel/pid_max'])).toBe('4194304\n');
    expect(exec(s, xenial, ['ps', '-o', 'pid,ppid,comm'])).toBe('    PID    PPID COMMAND\n      1       0 sleep\n     13       0 ps\n');
  });
});

describe('$$', () => {
  it('is the shell\'s PID as ps shows it, on the host and in a container', () => {
    const s = session('learner');
    const me = run(s, 'ps -o pid= -C bash').trim();
    expect(run(s, 'echo $$')).toBe(`${me}\n`);
    expect(run(s, 'echo $(echo $$)')).toBe(`${me}\n`);
    // sh -c is a process of its own.
    expect(run(s, "bash -c 'echo $$; ps -o pid=,args= -p $$'")).toMatch(/^(\d+)\n +\1 bash -c echo \$\$; ps -o pid=,args= -p \$\$\n$/);
    const id = container(s, 'c1', 'busybox', ['sleep', '3600']);
    // docker exec c1 sh -c 'echo $$': a fresh container's first exec is PID 7 (runc init's threads came first).
    expect(exec(s, id, ['sh', '-c', 'echo $$'])).toBe('7\n');
    expect(run(s, "docker run --rm busybox sh -c 'echo $$'")).toBe('1\n');
    run(s, 'docker exec -it c1 sh');
    expect(run(s, 'echo $$')).toMatch(/^\d+\n$/);
    expect(run(s, 'echo $$').trim()).toBe(run(s, 'ps -o pid,comm | grep " sh$"').trim().split(/\s+/)[0]);
  });
});
