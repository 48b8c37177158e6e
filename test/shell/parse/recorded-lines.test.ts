import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLine } from '../../../src/shell/parse/index.js';
import { FakeRuntime } from './fake-runtime.js';

// Each line of lines.txt run by the interpreter in the fake runtime, against what real
// bash 5.2 and busybox 1.35 printed for it (recorded-lines.json, made by record-lines.ts):
// stdout, stderr and $? byte for byte.

interface Observed {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}
const recorded = JSON.parse(readFileSync(new URL('./recorded-lines.json', import.meta.url), 'utf8')) as {
  readonly line: string;
  readonly gnu: Observed;
  readonly busybox: Observed;
}[];

/** Lines the simulator refuses with a `dockerlings: … is not simulated` line (status 2). */
const NOT_SIMULATED = new Set(['for x in a; do echo $x; done', 'gnu:echo {a,b}']);

describe.each(['gnu', 'busybox'] as const)('%s: lines run as the real shell runs them', (flavor) => {
  for (const c of recorded) {
    it(JSON.stringify(c.line), () => {
      const got = runLine(c.line, new FakeRuntime(flavor));
      if (NOT_SIMULATED.has(c.line) || NOT_SIMULATED.has(`${flavor}:${c.line}`)) {
        expect(got).toMatchObject({ stdout: '', exitCode: 2 });
        expect(got.stderr).toMatch(/^dockerlings: .* is not simulated\n$/);
      } else expect(got).toEqual(c[flavor]);
    });
  }
});
