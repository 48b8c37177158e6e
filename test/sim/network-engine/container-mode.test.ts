import { describe, expect, it } from 'vitest';
import { hostConfig, newHost, run } from './helpers.js';

// Observed on Engine 20.10 with an owner `o2` running (docker run --rm --network container:o2 OPTION busybox true):
//   -p 18083:80, -P      → conflicting options: port publishing and the container type network mode
//   --expose 81          → conflicting options: port exposing and the container type network mode
//   --hostname foo       → conflicting options: hostname and the network mode
//   --link o2            → conflicting options: container type network can't be used with links. This would result in undefined behavior
//   --dns 1.1.1.1        → conflicting options: dns and the network mode
//   --add-host a:1.2.3.4 → conflicting options: custom host-to-IP mapping and the network mode
//   -p 18083:80 --hostname foo → the hostname one; container:nosuch -p … → the publishing one (checked before the lookup)
describe('container:<name> network mode: what the joiner may not set', () => {
  const world = () => {
    const h = newHost();
    run(h, 'o2');
    return h;
  };
  const create = (h: ReturnType<typeof newHost>, over: Partial<ReturnType<typeof hostConfig>>, extra: Record<string, unknown> = {}) =>
    h.engine.containerCreate({ name: 'j1', image: 'busybox', cmd: ['true'], hostConfig: hostConfig({ networkMode: 'container:o2', ...over }), ...extra });
  const bind = { containerPort: 80, proto: 'tcp' as const, hostIp: '', hostPort: '18083' };
  const cases: [string, Parameters<typeof create>[1], Record<string, unknown>, string][] = [
    ['-p', { portBindings: [bind] }, {}, 'conflicting options: port publishing and the container type network mode'],
    ['-P', { publishAllPorts: true }, {}, 'conflicting options: port publishing and the container type network mode'],
    ['--expose', {}, { exposedPorts: ['81/tcp'] }, 'conflicting options: port exposing and the container type network mode'],
    ['--hostname', {}, { hostname: 'foo' }, 'conflicting options: hostname and the network mode'],
    ['--link', { links: ['o2'] }, {}, "conflicting options: container type network can't be used with links. This would result in undefined behavior"],
    ['--dns', { dns: ['1.1.1.1'] }, {}, 'conflicting options: dns and the network mode'],
    ['--add-host', { extraHosts: ['a:1.2.3.4'] }, {}, 'conflicting options: custom host-to-IP mapping and the network mode'],
    ['--hostname before -p', { portBindings: [bind] }, { hostname: 'foo' }, 'conflicting options: hostname and the network mode'],
  ];
  for (const [what, over, extra, message] of cases) {
    it(what, () => {
      const h = world();
      expect(() => create(h, over, extra)).toThrow(message);
      expect([...h.daemon.containers.values()].map((c) => c.name)).toEqual(['o2']);
    });
  }
  it('is checked before the owner is looked up', () => {
    const h = newHost();
    expect(() => h.engine.containerCreate({ name: 'j1', image: 'busybox', hostConfig: hostConfig({ networkMode: 'container:nosuch', portBindings: [bind] }) }))
      .toThrow('conflicting options: port publishing and the container type network mode');
  });
  it('a plain joiner is still created', () => {
    const h = world();
    expect(create(h, {}).name).toBe('j1');
  });
});
