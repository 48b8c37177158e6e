import { describe, expect, it } from 'vitest';
import { Netfilter } from '../../../src/sim/kernel/iptables.js';
import { ruleMatches, traverse, type Packet } from '../../../src/sim/net/netfilter-eval.js';
import { parseRuleSpec } from '../../../src/sim/net/rule-spec.js';

const ctx = { isLocal: (ip: string) => ip === '10.0.2.15' || ip.startsWith('127.') };
const tcp = (over: Partial<Packet> = {}): Packet => ({ src: '172.18.0.2', dst: '172.17.0.2', proto: 'tcp', sport: 40000, dport: 80, inIf: 'br-1', outIf: 'docker0', state: 'NEW', ...over });
const matches = (rule: string, p: Packet) => ruleMatches(parseRuleSpec(rule), p, ctx);

describe('rule specs as iptables -S prints them', () => {
  it('reads the forms Docker writes', () => {
    expect(matches('-i br-1 ! -o br-1 -j DOCKER-ISOLATION-STAGE-2', tcp())).toBe(true);
    expect(matches('-i docker0 ! -o docker0 -j ACCEPT', tcp())).toBe(false);
    expect(matches('-o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', tcp())).toBe(false);
    expect(matches('-o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', tcp({ state: 'ESTABLISHED' }))).toBe(true);
    expect(matches('-d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT', tcp())).toBe(true);
    expect(matches('-d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT', tcp({ proto: 'icmp', dport: undefined }))).toBe(false);
    expect(matches('! -s 172.24.0.0/16 -o br-1 -j DROP', tcp({ outIf: 'br-1' }))).toBe(true);
    expect(matches('! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER', tcp({ dst: '10.0.2.15' }))).toBe(true);
    expect(matches('! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER', tcp({ dst: '127.0.0.1' }))).toBe(false);
  });

  it('reads what learners type: plain addresses, port ranges, wildcards, the old negation', () => {
    expect(matches('-s 172.18.0.2 -j DROP', tcp())).toBe(true);
    expect(matches('-p tcp --dport 70:90 -j DROP', tcp())).toBe(true);
    expect(matches('-i br-+ -j DROP', tcp())).toBe(true);
    expect(matches('-s ! 172.18.0.2 -j DROP', tcp())).toBe(false);
    expect(matches('-m comment --comment "block web" -p tcp -j DROP', tcp())).toBe(true);
  });

  it('never matches a rule it cannot read', () => {
    expect(matches('-m mac --mac-source 02:42:ac:11:00:02 -j DROP', tcp())).toBe(false);
  });

  it('follows jumps, RETURN and the policy, and reads DNAT and REJECT options', () => {
    const nf = new Netfilter();
    nf.setPolicy('filter', 'FORWARD', 'DROP');
    nf.append('filter', 'FORWARD', '-j DOCKER-USER');
    nf.append('filter', 'DOCKER-USER', '-j RETURN');
    nf.append('filter', 'FORWARD', '-o docker0 -j ACCEPT');
    expect(traverse(nf, 'filter', 'FORWARD', tcp(), ctx).kind).toBe('ACCEPT');
    expect(traverse(nf, 'filter', 'FORWARD', tcp({ outIf: 'eth0' }), ctx)).toEqual({ kind: 'DROP', rule: '-P FORWARD DROP' });
    nf.insert('filter', 'DOCKER-USER', '-p tcp -m tcp --dport 80 -j REJECT --reject-with tcp-reset');
    expect(traverse(nf, 'filter', 'FORWARD', tcp(), ctx)).toMatchObject({ kind: 'REJECT', with: 'tcp-reset' });
    nf.append('nat', 'PREROUTING', '-m addrtype --dst-type LOCAL -j DOCKER');
    nf.append('nat', 'DOCKER', '-i docker0 -j RETURN');
    nf.append('nat', 'DOCKER', '! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80');
    expect(traverse(nf, 'nat', 'PREROUTING', tcp({ dst: '10.0.2.15', dport: 8080, outIf: undefined }), ctx)).toMatchObject({ kind: 'ACCEPT', dnat: { ip: '172.17.0.2', port: 80 } });
    expect(traverse(nf, 'nat', 'PREROUTING', tcp({ dst: '10.0.2.15', dport: 8080, inIf: 'docker0' }), ctx).kind).toBe('ACCEPT');
    expect(traverse(nf, 'nat', 'PREROUTING', tcp({ dst: '10.0.2.15', dport: 8080, inIf: 'docker0' }), ctx)).not.toHaveProperty('dnat');
  });
});
