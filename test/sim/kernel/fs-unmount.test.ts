import { describe, expect, it } from 'vitest';
import { FileSystem } from '../../../src/sim/kernel/fs.js';

describe('FileSystem.unmount', () => {
  it('takes a bind mount away, so that another can take its place', () => {
    const host = new FileSystem();
    host.writeFile('/a/hosts', 'A\n');
    host.writeFile('/b/hosts', 'B\n');
    const c = new FileSystem();
    c.bind('/etc/hosts', host, '/a/hosts');
    expect(c.read('/etc/hosts')).toEqual({ ok: true, content: 'A\n' });
    c.unmount('/etc/hosts');
    expect(c.lookup('/etc/hosts')).toBeUndefined();
    c.bind('/etc/hosts', host, '/b/hosts');
    expect(c.read('/etc/hosts')).toEqual({ ok: true, content: 'B\n' });
  });
});
