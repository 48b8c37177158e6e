// docker volume ls --filter name=…: the daemon's filters.Args.Match (exact, or a regexp matched
// anywhere). Recorded from docker CLI 28.2.2 + Engine 20.10.24.
import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../src/shell/index.js';

const out = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker volume ls --filter name', () => {
  it('matches names as regular expressions, anywhere in the name', () => {
    const h = createShellSession({ user: 'root' });
    h.run('docker volume create les2-x');
    h.run('docker volume create les2-xy');
    // docker volume ls -q --filter 'name=^les2-x$'
    expect(h.run("docker volume ls -q --filter 'name=^les2-x$'")).toEqual(out('les2-x\n'));
    // docker volume ls -q --filter name=s2-x
    expect(h.run('docker volume ls -q --filter name=s2-x')).toEqual(out('les2-x\nles2-xy\n'));
    // docker volume ls -q --filter 'name=x[y]$'
    expect(h.run("docker volume ls -q --filter 'name=x[y]$'")).toEqual(out('les2-xy\n'));
    // an invalid pattern matches nothing: docker volume ls -q --filter 'name=les2-('
    expect(h.run("docker volume ls -q --filter 'name=les2-('")).toEqual(out(''));
  });
});
