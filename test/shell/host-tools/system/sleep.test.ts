import { describe, expect, it } from 'vitest';
import { container, exec, run, session } from './harness.js';

// Outputs as GNU coreutils 9.1 sleep (LANG=C.UTF-8, like the simulated host) and busybox
// 1.35.0 (Debian's busybox-static) print them on Debian 12: `sleep ARGS` / `busybox sleep ARGS`.
const TRY = "Try 'sleep --help' for more information.\n";
const BB_USAGE = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n';

describe('sleep moves the simulated clock on instead of waiting', () => {
  it('adds up its intervals, with suffixes and fractions (GNU, on the host)', () => {
    const s = session();
    const waited = (line: string): number => {
      const before = s.host.clock.now();
      expect(run(s, line)).toBe('');
      return s.host.clock.now() - before - 1000; // every command line ticks 1 s
    };
    expect(waited('sleep 15')).toBe(15_000);
    expect(waited('sleep 1.5')).toBe(1500);
    expect(waited('sleep 2s')).toBe(2000);
    expect(waited('sleep 1m')).toBe(60_000);
    expect(waited('sleep 1m 30s .5')).toBe(90_500);
    expect(waited('sleep 0.5h 1d')).toBe(88_200_000);
    expect(waited('sleep 1e1')).toBe(10_000);
    expect(waited('sleep 0x1p3')).toBe(8000);
    expect(waited('sleep -- -0')).toBe(0);
    expect(waited('sleep --')).toBe(0);
  });

  it("says what GNU's sleep says about bad intervals and options (1)", () => {
    const s = session();
    expect(run(s, 'sleep')).toBe(`[stderr]sleep: missing operand\n${TRY}[exit 1]`);
    expect(run(s, 'sleep x')).toBe(`[stderr]sleep: invalid time interval ‘x’\n${TRY}[exit 1]`);
    // sleep x y / sleep 1 2x / sleep nan / sleep ''
    expect(run(s, 'sleep x y')).toBe(`[stderr]sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘y’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep 1 2x')).toBe(`[stderr]sleep: invalid time interval ‘2x’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep nan')).toBe(`[stderr]sleep: invalid time interval ‘nan’\n${TRY}[exit 1]`);
    expect(run(s, "sleep ''")).toBe(`[stderr]sleep: invalid time interval ‘’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep 1ss')).toBe(`[stderr]sleep: invalid time interval ‘1ss’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep 0,5')).toBe(`[stderr]sleep: invalid time interval ‘0,5’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep -- -1')).toBe(`[stderr]sleep: invalid time interval ‘-1’\n${TRY}[exit 1]`);
    expect(run(s, 'sleep -5')).toBe(`[stderr]sleep: invalid option -- '5'\n${TRY}[exit 1]`);
    expect(run(s, 'sleep 0 -5')).toBe(`[stderr]sleep: invalid option -- '5'\n${TRY}[exit 1]`);
    expect(run(s, 'sleep --x')).toBe(`[stderr]sleep: unrecognized option '--x'\n${TRY}[exit 1]`);
    // LANG= sleep x: the C locale quotes with apostrophes.
    expect(run(s, 'LANG= sleep x')).toBe(`[stderr]sleep: invalid time interval 'x'\n${TRY}[exit 1]`);
  });

  it('leaves an endless sleep (a terminal that would hang) and --help to the real backend', () => {
    const s = session();
    expect(run(s, 'sleep infinity')).toBe("[stderr]dockerlings: 'sleep infinity' is not simulated yet — try it with --backend docker\n[exit 1]");
    expect(run(s, 'sleep --help')).toBe("[stderr]dockerlings: 'sleep --help' is not simulated yet — try it with --backend docker\n[exit 1]");
  });

  it("is busybox's sleep in a busybox container, with busybox's own words", () => {
    const s = session('root');
    const id = container(s, 'dlt-sleep', 'busybox', ['sleep', '3600']);
    const before = s.host.clock.now();
    expect(exec(s, id, ['sleep', '2', '0.5', '1m'])).toBe('');
    expect(s.host.clock.now() - before).toBe(62_500);
    expect(exec(s, id, ['sleep'])).toBe(`[stderr]${BB_USAGE}[exit 1]`);
    expect(exec(s, id, ['sleep', 'x'])).toBe("[stderr]sleep: invalid number 'x'\n[exit 1]");
    expect(exec(s, id, ['sleep', '0', 'x', 'y'])).toBe("[stderr]sleep: invalid number 'x'\n[exit 1]");
    expect(exec(s, id, ['sleep', '-1'])).toBe("[stderr]sleep: invalid number '-1'\n[exit 1]");
    expect(exec(s, id, ['sleep', '--', '1'])).toBe("[stderr]sleep: invalid number '--'\n[exit 1]");
    expect(exec(s, id, ['sleep', '1e-2'])).toBe("[stderr]sleep: invalid number '1e-2'\n[exit 1]");
    expect(exec(s, id, ['sleep', '1s2'])).toBe("[stderr]sleep: invalid number '1s2'\n[exit 1]");
    // busybox reads a fraction's suffix by writing '1' over the number's last digit.
    expect(exec(s, id, ['sleep', '1.5q'])).toBe("[stderr]sleep: invalid number '1q'\n[exit 1]");
    expect(exec(s, id, ['sleep', '0.5.5'])).toBe(`[stderr]${BB_USAGE}[exit 1]`);
    expect(exec(s, id, ['sleep', '18446744073709551616'])).toBe("[stderr]sleep: invalid number '18446744073709551616'\n[exit 1]");
    expect(exec(s, id, ['sleep', '10000000000000000000m'])).toBe('[stderr]sleep: number 10000000000000000000m is not in 0..18446744073709551615 range\n[exit 1]');
    expect(exec(s, id, ['sleep', '--help'])).toBe(`[stderr]${BB_USAGE}`);
    expect(exec(s, id, ['sleep', 'inf'])).toBe("[stderr]dockerlings: 'sleep inf' is not simulated yet — try it with --backend docker\n[exit 1]");
  });
});
