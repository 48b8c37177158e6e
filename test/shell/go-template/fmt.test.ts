// Go's fmt as the print/printf/println functions and {{.}} use it, on values
// the docker cases do not reach (complex numbers, odd flags, float corners).
// The printf rows were checked with the real CLI, e.g.
//   docker inspect -f '{{printf "%.*d|%-*d|%*d" -1 5 -3 5 "x" 1}}' gotpl-c  →  %!(BADPREC)5|5  |%!(BADWIDTH)1
import { describe, expect, it } from 'vitest';
import { GoComplex, GoFloat, GoNil, sprint, sprintf, sprintln } from '../../../src/shell/go-template/index.js';

describe('sprintf', () => {
  it.each([
    ['%v', [new GoFloat(0.1 + 0.2)], '0.30000000000000004'],
    ['%.2f %.1f %.0f', [new GoFloat(2.675), new GoFloat(0.05), new GoFloat(-0.5)], '2.67 0.1 -0'],
    ['%e %g %G', [new GoFloat(5e-324), new GoFloat(1.7976931348623157e308), new GoFloat(1e-10)], '4.940656e-324 1.7976931348623157e+308 1E-10'],
    ['%v %v %v', [new GoFloat(Infinity), new GoFloat(-Infinity), new GoFloat(NaN)], '+Inf -Inf NaN'],
    ['%5.1f|%-7.2e|%+g', [new GoFloat(Infinity), new GoFloat(12.5), new GoFloat(3)], ' +Inf|1.25e+01|+3'],
    ['%v %.2v', [new GoComplex(1.5, -2), new GoComplex(0, 1)], '(1.5-2i) (0+1i)'],
    ['%x %X %#x', [new GoFloat(1), new GoFloat(-0.5), 255], '0x1p+00 -0X1P-01 0xff'],
    ['%d %v', [new GoNil('[]string'), new GoNil('map[string]int')], '[] map[]'],
    ['%08.3f|%-8.3f|% .2f', [new GoFloat(-3.14159), new GoFloat(3.14159), new GoFloat(2)], '-003.142|3.142   | 2.00'],
    ['%3c|%-4q|%#U', [0x4e16, 0x4e16, 0x1f600], '  世|\'世\' |U+1F600 \'😀\''],
    ['%[1]*[2]d|%[2]d', [4, 7], '   7|7'],
    ['%.*d|%-*d|%*d', [-1, 5, -3, 5, 'x', 1], '%!(BADPREC)5|5  |%!(BADWIDTH)1'],
    ['%[5]d', [1], '%!d(BADINDEX)'],
  ] as const)('%s', (format, args, expected) => {
    expect(sprintf(format, ...args)).toBe(expected);
  });
});

describe('sprint and sprintln', () => {
  it('spaces operands like Go', () => {
    expect(sprint('a', 'b', 1, 2, 'c', new GoFloat(1.5), null)).toBe('ab1 2c1.5 <nil>');
    expect(sprintln('a', 1, null)).toBe('a 1 <nil>\n');
  });
});
