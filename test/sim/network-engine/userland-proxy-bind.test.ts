import { describe, expect, it } from 'vitest';
import { hostConfig, natRules, newHost, run } from './helpers.js';

const publish = (hostPort: string, containerPort = 80, hostIp = '') => ({ portBindings: [{ containerPort, proto: 'tcp' as const, hostIp, hostPort }] });
const proxies = (h: ReturnType<typeof newHost>) => h.kernel.procs.list().filter((p) => p.argv[0] === '/usr/sbin/docker-proxy');

// Observed on Engine 20.10:
//   python3 -m http.server 18113 &; docker run -d -p 18113:80 --name h3 httpd
//   docker run -d --network host --name hw httpd; docker run -d -p 80:80 --name x httpd
// → docker: Error response from daemon: driver failed programming external connectivity on endpoint x (<endpoint id>):
//   Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use   (exit 125, x stays Created)
describe('docker-proxy cannot bind a port another program listens on', () => {
  it('a server in a --network host container holds the host port', () => {
    const h = newHost();
    // What its PID 1 listens on comes from the shell's program table; in the engine alone, say it.
    h.engine.containerStart(h.engine.containerCreate({ name: 'hostsrv', image: 'httpd', hostConfig: hostConfig({ networkMode: 'host' }) }).id, [{ proto: 'tcp', port: 80, address: '0.0.0.0', program: 'httpd' }]);
    expect(() => run(h, 'web_svr03', publish('80'))).toThrow(/^driver failed programming external connectivity on endpoint web_svr03 \([0-9a-f]{64}\): Error starting userland proxy: listen tcp4 0\.0\.0\.0:80: bind: address already in use$/);
    expect(h.engine.container('web_svr03').state.status).toBe('created');
    expect(natRules(h).filter((r) => r.includes('DNAT'))).toEqual([]);
    expect(proxies(h)).toEqual([]);
  });
  it("the host's sshd holds port 22, on every address of its family", () => {
    const h = newHost();
    expect(() => run(h, 'w1', publish('22'))).toThrow('Error starting userland proxy: listen tcp4 0.0.0.0:22: bind: address already in use');
    expect(() => run(h, 'w2', publish('22', 80, '127.0.0.1'))).toThrow('Error starting userland proxy: listen tcp4 127.0.0.1:22: bind: address already in use');
  });
  it('systemd-resolved on 127.0.0.53:53 does not hold another address', () => {
    const h = newHost();
    expect(() => run(h, 'w3', publish('53', 53, '127.0.0.1'))).not.toThrow();
  });
  it('a port no program holds is published, one docker-proxy per family', () => {
    const h = newHost();
    run(h, 'w4', publish('8080'));
    expect(proxies(h).map((p) => p.argv[p.argv.indexOf('-host-ip') + 1])).toEqual(['0.0.0.0', '::']);
  });
});
