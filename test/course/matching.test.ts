import { describe, expect, it } from 'vitest';
import { describePattern, matches } from '../../src/course/matching.js';

describe('expectations', () => {
  it('compares exact text after trimming', () => {
    expect(matches('bridge', 'bridge\n')).toBe(true);
    expect(matches('bridge', 'bridge2\n')).toBe(false);
  });
  it('takes /regex/flags', () => {
    expect(matches('/1 packets? received/', '1 packets transmitted, 1 packets received')).toBe(true);
    expect(matches('/PERMISSION/i', 'permission denied')).toBe(true);
    expect(matches('/^x$/', 'y')).toBe(false);
  });
  it('substitutes ${vars}, escaped inside a regex', () => {
    const vars = new Map([['ip', '172.17.0.2']]);
    expect(matches('${ip}', '172.17.0.2\n', vars)).toBe(true);
    expect(matches('/from ${ip}:/', '64 bytes from 172.17.0.2: seq=0', vars)).toBe(true);
    expect(matches('/from ${ip}:/', '64 bytes from 172a17a0a2: seq=0', vars)).toBe(false);
    // A failure report must not give the answer away.
    expect(describePattern('${ip}')).toBe('"${ip}"');
  });
  it('lets a regex end with $ before the trailing newline', () => {
    expect(matches('/^bridge$/', 'bridge\n')).toBe(true);
  });
});
