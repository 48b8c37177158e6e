import { describe, expect, it } from 'vitest';
import { embeddedDnsPorts } from '../../../../src/sim/daemon/listening-sockets.js';
import { netFixture } from './fixture.js';

// iptables 1.8.9 (nf_tables) on the reference host; edits recorded in a scratch network namespace.

describe('iptables -S and -L', () => {
  it('prints the nat table as rule specs', () => {
    const f = netFixture();
    const br = `br-${f.session.host.engine.network('mynet').id.slice(0, 12)}`;
    expect(f.run('iptables -t nat -S').stdout).toBe([
      '-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT', '-N DOCKER',
      '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
      '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
      `-A POSTROUTING -s 172.18.0.0/16 ! -o ${br} -j MASQUERADE`,
      '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
      '-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE',
      `-A DOCKER -i ${br} -j RETURN`,
      '-A DOCKER -i docker0 -j RETURN',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
      '',
    ].join('\n'));
  });

  it('lists the nat table numerically, as 1.8.9 does (protocol numbers)', () => {
    const f = netFixture();
    expect(f.run('iptables -t nat -L -n').stdout).toBe(
      'Chain PREROUTING (policy ACCEPT)\n'
      + 'target     prot opt source               destination         \n'
      + 'DOCKER     0    --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL\n'
      + '\n'
      + 'Chain INPUT (policy ACCEPT)\n'
      + 'target     prot opt source               destination         \n'
      + '\n'
      + 'Chain OUTPUT (policy ACCEPT)\n'
      + 'target     prot opt source               destination         \n'
      + 'DOCKER     0    --  0.0.0.0/0           !127.0.0.0/8          ADDRTYPE match dst-type LOCAL\n'
      + '\n'
      + 'Chain POSTROUTING (policy ACCEPT)\n'
      + 'target     prot opt source               destination         \n'
      + 'MASQUERADE  0    --  172.18.0.0/16        0.0.0.0/0           \n'
      + 'MASQUERADE  0    --  172.17.0.0/16        0.0.0.0/0           \n'
      + 'MASQUERADE  6    --  172.17.0.2           172.17.0.2           tcp dpt:80\n'
      + '\n'
      + 'Chain DOCKER (2 references)\n'
      + 'target     prot opt source               destination         \n'
      + 'RETURN     0    --  0.0.0.0/0            0.0.0.0/0           \n'
      + 'RETURN     0    --  0.0.0.0/0            0.0.0.0/0           \n'
      + 'DNAT       6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.17.0.2:80\n',
    );
    expect(f.run('iptables -t nat -nL').stdout).toBe(f.run('iptables -t nat -L -n').stdout);
  });

  it('lists with -v counters and interfaces, names without -n, references counted', () => {
    const f = netFixture();
    expect(f.run('iptables -L DOCKER -n -v').stdout).toBe(
      'Chain DOCKER (2 references)\n'
      + ' pkts bytes target     prot opt in     out     source               destination         \n'
      + '    0     0 ACCEPT     6    --  !docker0 docker0  0.0.0.0/0            172.17.0.2           tcp dpt:80\n',
    );
    expect(f.run('iptables -L DOCKER').stdout).toBe(
      'Chain DOCKER (2 references)\n'
      + 'target     prot opt source               destination         \n'
      + 'ACCEPT     tcp  --  anywhere             172.17.0.2           tcp dpt:http\n',
    );
    expect(f.run('iptables -t nat -L PREROUTING -v').stdout).toBe(
      'Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)\n'
      + ' pkts bytes target     prot opt in     out     source               destination         \n'
      + '    0     0 DOCKER     all  --  any    any     anywhere             anywhere             ADDRTYPE match dst-type LOCAL\n',
    );
    const fwd = f.run('iptables -nvL FORWARD --line-numbers').stdout.split('\n');
    expect(fwd[0]).toBe('Chain FORWARD (policy DROP 0 packets, 0 bytes)');
    expect(fwd[1]).toBe('num   pkts bytes target     prot opt in     out     source               destination         ');
    expect(fwd[2]).toBe('1        0     0 DOCKER-USER  0    --  *      *       0.0.0.0/0            0.0.0.0/0           ');
    expect(fwd).toContain('7        0     0 ACCEPT     0    --  *      docker0  0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED');
    expect(f.run('iptables -L FORWARD 1').stdout).toBe('DOCKER-USER  all  --  anywhere             anywhere            \n');
    expect(f.run('iptables -S FORWARD 1').stdout).toBe('-A FORWARD -j DOCKER-USER\n');
  });

  it('reads its options as getopt does: the chain must follow -L', () => {
    const f = netFixture();
    const tryHelp = "Try `iptables -h' or 'iptables --help' for more information.\n";
    expect(f.run('iptables -L -n --line-numbers DOCKER-USER')).toEqual({ stdout: '', stderr: `Bad argument \`DOCKER-USER'\n${tryHelp}`, exitCode: 2 });
    expect(f.run('iptables -Lnv')).toEqual({ stdout: '', stderr: "iptables v1.8.9 (nf_tables): chain `nv' in table `filter' is incompatible, use 'nft' tool.\n", exitCode: 1 });
    expect(f.run('iptables')).toEqual({ stdout: '', stderr: `iptables v1.8.9 (nf_tables): no command specified\n${tryHelp}`, exitCode: 2 });
    expect(f.run('iptables -t foo -L')).toEqual({ stdout: '', stderr: "iptables v1.8.9 (nf_tables): table 'foo' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n", exitCode: 3 });
    expect(f.run('iptables -S -n').stderr).toBe(`iptables v1.8.9 (nf_tables): Illegal option \`-n' with this command\n${tryHelp}`);
    expect(f.run('iptables -L -S').stderr).toBe(`iptables v1.8.9 (nf_tables): Cannot use -S with -L\n${tryHelp}`);
    expect(f.run('iptables -L --dport 80').stderr).toBe(`iptables v1.8.9 (nf_tables): unknown option "--dport"\n${tryHelp}`);
    expect(f.run('iptables -L FORWARD x').stderr).toBe(`iptables v1.8.9 (nf_tables): Invalid rule number \`x'\n${tryHelp}`);
    expect(f.run('iptables -V')).toEqual({ stdout: 'iptables v1.8.9 (nf_tables)\n', stderr: '', exitCode: 0 });
  });
});

describe('who may run iptables', () => {
  it('refuses the learner as the kernel does, lets root (and -V) through', () => {
    const f = netFixture({ user: 'learner' });
    const denied = { stdout: '', stderr: 'iptables v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n', exitCode: 4 };
    expect(f.run('iptables -L')).toEqual(denied);
    expect(f.run('iptables -t nat -S')).toEqual(denied);
    expect(f.run('iptables -V').exitCode).toBe(0);
  });
});

describe('root edits DOCKER-USER', () => {
  it('inserts, lists and deletes rules in their canonical form', () => {
    const f = netFixture();
    expect(f.run('iptables -I DOCKER-USER -i eth0 -s 10.1.2.3/8 -p tcp --dport 80 -j REJECT').exitCode).toBe(0);
    expect(f.run('iptables -I DOCKER-USER 2 -d 1.2.3.4 -j DROP').exitCode).toBe(0);
    expect(f.run('iptables -S DOCKER-USER').stdout).toBe(
      '-N DOCKER-USER\n'
      + '-A DOCKER-USER -s 10.0.0.0/8 -i eth0 -p tcp -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable\n'
      + '-A DOCKER-USER -d 1.2.3.4/32 -j DROP\n'
      + '-A DOCKER-USER -j RETURN\n',
    );
    expect(f.run('iptables -L DOCKER-USER -n --line-numbers').stdout).toBe(
      'Chain DOCKER-USER (1 references)\n'
      + 'num  target     prot opt source               destination         \n'
      + '1    REJECT     6    --  10.0.0.0/8           0.0.0.0/0            tcp dpt:80 reject-with icmp-port-unreachable\n'
      + '2    DROP       0    --  0.0.0.0/0            1.2.3.4             \n'
      + '3    RETURN     0    --  0.0.0.0/0            0.0.0.0/0           \n',
    );
    expect(f.run('iptables -D DOCKER-USER -s 10.0.0.0/8 -j DROP')).toEqual({ stdout: '', stderr: 'iptables: Bad rule (does a matching rule exist in that chain?).\n', exitCode: 1 });
    expect(f.run('iptables -D DOCKER-USER 9')).toEqual({ stdout: '', stderr: 'iptables: Index of deletion too big.\n', exitCode: 1 });
    expect(f.run('iptables -D DOCKER-USER -d 1.2.3.4 -j DROP').exitCode).toBe(0);
    expect(f.run('iptables -D DOCKER-USER 1').exitCode).toBe(0);
    expect(f.run('iptables -S DOCKER-USER').stdout).toBe('-N DOCKER-USER\n-A DOCKER-USER -j RETURN\n');
    expect(f.run('iptables -C DOCKER-USER -j RETURN').exitCode).toBe(0);
  });

  it('canonicalises service names, masks, states, inversions and comments as iptables does', () => {
    // Recorded in a scratch namespace with the same commands (iptables 1.8.9).
    const f = netFixture();
    for (const rule of ['-p tcp --dport http -j DROP', '-m conntrack --ctstate established,related -j ACCEPT', '-s 10.1.2.3/255.0.0.0 -j DROP',
      '-p udp --sport 1000:2000 -j ACCEPT', '! -i eth0 -o docker0 -j ACCEPT', '-m comment --comment hi -j ACCEPT', '-p tcp ! --dport 22 -j ACCEPT']) {
      expect(f.run(`iptables -I DOCKER-USER ${rule}`).exitCode).toBe(0);
    }
    expect(f.run('iptables -S DOCKER-USER').stdout).toBe([
      '-N DOCKER-USER', '-A DOCKER-USER -p tcp -m tcp ! --dport 22 -j ACCEPT', '-A DOCKER-USER -m comment --comment hi -j ACCEPT',
      '-A DOCKER-USER ! -i eth0 -o docker0 -j ACCEPT', '-A DOCKER-USER -p udp -m udp --sport 1000:2000 -j ACCEPT', '-A DOCKER-USER -s 10.0.0.0/8 -j DROP',
      '-A DOCKER-USER -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-A DOCKER-USER -p tcp -m tcp --dport 80 -j DROP', '-A DOCKER-USER -j RETURN', '',
    ].join('\n'));
    expect(f.run('iptables -L DOCKER-USER').stdout.split('\n').slice(2, 5)).toEqual([
      'ACCEPT     tcp  --  anywhere             anywhere             tcp dpt:!ssh',
      'ACCEPT     all  --  anywhere             anywhere             /* hi */',
      'ACCEPT     all  --  anywhere             anywhere            ',
    ]);
    expect(f.run('iptables -L DOCKER-USER -n -v').stdout.split('\n')[4]).toBe('    0     0 ACCEPT     0    --  !eth0  docker0  0.0.0.0/0            0.0.0.0/0           ');
    expect(f.run('iptables -I DOCKER-USER 9 -j DROP').exitCode).toBe(0);
    expect(f.run('iptables -I DOCKER-USER 11 -j DROP')).toEqual({ stdout: '', stderr: 'iptables: Index of insertion too big.\n', exitCode: 1 });
  });

  it('reports what iptables reports for unknown chains and targets', () => {
    const f = netFixture();
    const tryHelp = "Try `iptables -h' or 'iptables --help' for more information.\n";
    expect(f.run('iptables -A DOCKER-USER -j NOSUCH')).toEqual({ stdout: '', stderr: `iptables v1.8.9 (nf_tables): Chain 'NOSUCH' does not exist\n${tryHelp}`, exitCode: 2 });
    expect(f.run('iptables -A NOSUCH -j DROP')).toEqual({ stdout: '', stderr: 'iptables: No chain/target/match by that name.\n', exitCode: 1 });
    expect(f.run('iptables -A DOCKER-USER -s foo.invalid -j DROP').stderr).toBe(`iptables v1.8.9 (nf_tables): host/network \`foo.invalid' not found\n${tryHelp}`);
    expect(f.run('iptables -X DOCKER')).toEqual({ stdout: '', stderr: 'iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain DOCKER\n', exitCode: 4 });
    expect(f.run('iptables -P DOCKER ACCEPT')).toEqual({ stdout: '', stderr: 'iptables: Bad built-in chain name.\n', exitCode: 1 });
  });
});

describe('iptables in a container', () => {
  // nsenter -t PID -n iptables -t nat -S, for a container on a user-defined network (reference host).
  it('shows a privileged container its namespace\'s DNS redirection, refuses an unprivileged one', () => {
    const f = netFixture();
    const e = f.session.host.engine;
    const hc = (privileged: boolean) => ({ networkMode: 'mynet', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged, restartPolicy: 'no', extraHosts: [], dns: [] });
    const priv = e.containerStart(e.containerCreate({ name: 'tools', image: 'nicolaka/netshoot', cmd: ['sleep', '1'], hostConfig: hc(true) }).id);
    const plain = e.containerStart(e.containerCreate({ name: 'tools2', image: 'nicolaka/netshoot', cmd: ['sleep', '1'], hostConfig: hc(false) }).id);
    const { tcp, udp } = embeddedDnsPorts(priv.sandboxKey as string);
    expect(f.exec(priv, ['iptables', '-t', 'nat', '-S']).stdout).toBe([
      '-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT', '-N DOCKER_OUTPUT', '-N DOCKER_POSTROUTING',
      '-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT', '-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING',
      `-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:${tcp}`,
      `-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:${udp}`,
      `-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport ${tcp} -j SNAT --to-source :53`,
      `-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport ${udp} -j SNAT --to-source :53`, '',
    ].join('\n'));
    expect(f.exec(priv, ['iptables', '-t', 'nat', '-L', 'DOCKER_POSTROUTING', '-n']).stdout.split('\n')[2]).toBe(`SNAT       6    --  127.0.0.11           0.0.0.0/0            tcp spt:${tcp} to::53`);
    expect(f.exec(plain, ['iptables', '-L']).exitCode).toBe(4);
    // dockerd, which owns the DNS sockets, is not in the container's PID namespace: no users:(…).
    expect(f.exec(priv, ['ss', '-tlnp']).stdout.split('\n')[1]).toBe(`LISTEN 0      4096      127.0.0.11:${tcp}      0.0.0.0:*          `);
  });
});
