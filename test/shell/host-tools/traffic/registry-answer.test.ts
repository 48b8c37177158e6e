import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';

// The registry image's API as distribution 2.x answers it (registry/registry.go's alive("/") and
// handlers/app.go's apiBase): `curl localhost:5000/v2/` prints `{}` with no newline, the catalog of
// a registry nothing was pushed to `{"repositories":[]}` and a newline, an unknown path mux's 404.
describe('registry:2 over HTTP', () => {
  const world = () => {
    const s = createShellSession({ user: 'learner' });
    expect(s.run('docker run -d -p 5000:5000 --name registry registry:2').exitCode).toBe(0);
    return s;
  };
  it('answers the base check every client makes with an empty JSON object', () => {
    expect(world().run('curl localhost:5000/v2/')).toEqual({ stdout: '{}', stderr: '', exitCode: 0 });
  });
  it('lists no repositories', () => {
    expect(world().run('curl -s localhost:5000/v2/_catalog')).toEqual({ stdout: '{"repositories":[]}\n', stderr: '', exitCode: 0 });
  });
  it('answers / with an empty 200 and other paths with a plain 404', () => {
    const s = world();
    expect(s.run('curl localhost:5000/')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('curl -s localhost:5000/v2/nope/tags/list/x')).toEqual({ stdout: '404 page not found\n', stderr: '', exitCode: 0 });
  });
  it('knows no repository: nothing can be pushed in the simulator', () => {
    expect(world().run('curl -s localhost:5000/v2/mybox/tags/list').stdout).toBe('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"mybox"}}]}\n');
  });
});
