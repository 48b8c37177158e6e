import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.js';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import { renderTopologyPlain } from '../../src/ui/topology/plain.js';

describe('collecting the graph', () => {
  it('on a fresh host: no containers is not a problem (docker inspect with no argument)', async () => {
    const g = await collectTopology(createSimulatedBackend({ kind: 'simulator' }));
    expect(g.notes).toEqual([]);
    expect(g.containers).toEqual([]);
    expect(g.networks.map((n) => `${n.name}:${n.driver}:${n.bridge ?? ''}`)).toEqual(['bridge:bridge:docker0', 'host:host:', 'none:null:']);
  });

  it('without root (iptables refused): the ports stay, the DNAT is unknown and said so', async () => {
    const sim = createSimulatedBackend({ kind: 'simulator' });
    await sim.run('docker run -d --name web -p 8080:80 nginx');
    // What iptables printed to nobody on the reference host: su nobody -s /bin/sh -c 'iptables -t nat -S'
    const denied = 'iptables v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n';
    const learner: Backend = { ...sim, check: async (l) => (l.startsWith('iptables') ? { stdout: '', stderr: denied, exitCode: 3 } : sim.check(l)) };
    const g = await collectTopology(learner);
    expect(g.notes).toEqual(['iptables -t nat -S could not be read (iptables v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)): DNAT rules are not shown']);
    expect(g.ports.map((p) => [p.hostIp, p.hostPort, p.containerIp, p.dnat, p.proxyPid !== undefined])).toEqual([['0.0.0.0', 8080, '172.17.0.2', undefined, true], ['::', 8080, '172.17.0.2', undefined, true]]);
    expect(renderTopologyPlain(g)).toContain('  0.0.0.0:8080 tcp, forwarded to 172.17.0.2:80 (web), by docker-proxy (PID ');
  });
});
