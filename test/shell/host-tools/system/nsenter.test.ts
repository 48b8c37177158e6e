import { describe, expect, it } from 'vitest';
import { run, session } from './harness.js';

// util-linux 2.38.1's nsenter on the reference host, with `docker network create fx2-net` and
// `docker run -d --name fx2-u --network fx2-net ubuntu sleep 3600`; the non-root lines with
// `runuser -u nobody -- nsenter …`.

function withContainer(): { s: ReturnType<typeof session>; pid: string } {
  const s = session();
  run(s, 'docker network create fx2-net');
  run(s, 'docker run -d --name fx2-u --network fx2-net ubuntu sleep 3600');
  return { s, pid: run(s, "docker inspect -f '{{.State.Pid}}' fx2-u").trim() };
}

describe('nsenter -n: a host program in a container\'s network namespace', () => {
  it('shows the container\'s interfaces with the host\'s ip (lesson 7)', () => {
    const { s, pid } = withContainer();
    // nsenter -t PID -n ip addr
    expect(run(s, `sudo nsenter -t ${pid} -n ip addr`)).toBe(`1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
       valid_lft forever preferred_lft forever
5: eth0@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
    link/ether 02:42:ac:12:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0
    inet 172.18.0.2/16 brd 172.18.255.255 scope global eth0
       valid_lft forever preferred_lft forever
`);
    // nsenter --target PID --net -- ip -br link
    expect(run(s, `sudo nsenter --target ${pid} --net -- ip -br link`)).toBe('lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \neth0@if6         UP             02:42:ac:12:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> \n');
    expect(run(s, `sudo nsenter -t ${pid} -n -- ip route`)).toBe('default via 172.18.0.1 dev eth0 \n172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.2 \n');
    // Long options by unambiguous prefix, as getopt_long takes them.
    expect(run(s, `sudo nsenter --ta ${pid} --ne ip -br a`)).toBe('lo               UNKNOWN        127.0.0.1/8 \neth0@if6         UP             172.18.0.2/16 \n');
  });

  it('shows the embedded DNS server\'s DNAT rules on a user network (LEARNERS #20)', () => {
    const { s, pid } = withContainer();
    const out = run(s, `sudo nsenter -n -t ${pid} iptables -t nat -S`);
    expect(out).toMatch(/^-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT\n-N DOCKER_OUTPUT\n-N DOCKER_POSTROUTING\n-A OUTPUT -d 127.0.0.11\/32 -j DOCKER_OUTPUT\n-A POSTROUTING -d 127.0.0.11\/32 -j DOCKER_POSTROUTING\n-A DOCKER_OUTPUT -d 127.0.0.11\/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:\d+\n/);
    // The host's own table is another one.
    expect(run(s, 'sudo iptables -t nat -S')).not.toContain('DOCKER_OUTPUT');
  });

  it('opens /proc/PID/ns/net and enters it as the kernel lets it', () => {
    const { s, pid } = withContainer();
    // A root process's namespace file: ptrace access is refused to another user.
    expect(run(s, `nsenter -t ${pid} -n ip addr`)).toBe(`[stderr]nsenter: cannot open /proc/${pid}/ns/net: Permission denied\n[exit 1]`);
    // One's own process: the file opens, setns(2) needs CAP_SYS_ADMIN.
    expect(run(s, 'nsenter -t 1111 -n ip addr')).toBe("[stderr]nsenter: reassociate to namespace 'ns/net' failed: Operation not permitted\n[exit 1]");
    expect(run(s, 'sudo nsenter -n ip a')).toBe('[stderr]nsenter: neither filename nor target pid supplied for ns/net\n[exit 1]');
    expect(run(s, 'sudo nsenter -t0 -n ip a')).toBe('[stderr]nsenter: neither filename nor target pid supplied for ns/net\n[exit 1]');
    expect(run(s, 'sudo nsenter -t 999999 -n ip a')).toBe('[stderr]nsenter: cannot open /proc/999999/ns/net: No such file or directory\n[exit 1]');
    expect(run(s, 'sudo nsenter -t abc -n ip a')).toBe("[stderr]nsenter: failed to parse pid: 'abc'\n[exit 1]");
    expect(run(s, `sudo nsenter -t ${pid} -n nosuch`)).toBe('[stderr]nsenter: failed to execute nosuch: No such file or directory\n[exit 127]');
    expect(run(s, `sudo nsenter -t ${pid} -n --`)).toBe('');
  });

  it('--net=FILE: the /proc file or dockerd\'s bind mount of the namespace', () => {
    const { s, pid } = withContainer();
    const key = run(s, "docker inspect -f '{{.NetworkSettings.SandboxKey}}' fx2-u").trim();
    expect(run(s, `sudo nsenter --net=/proc/${pid}/ns/net ip -br a`)).toBe('lo               UNKNOWN        127.0.0.1/8 \neth0@if6         UP             172.18.0.2/16 \n');
    expect(run(s, `sudo nsenter --net=${key} ip -br a`)).toBe('lo               UNKNOWN        127.0.0.1/8 \neth0@if6         UP             172.18.0.2/16 \n');
    // /var/run/docker is root's alone (drwx------).
    expect(run(s, `nsenter --net=${key} ip a`)).toBe(`[stderr]nsenter: cannot open ${key}: Permission denied\n[exit 1]`);
    expect(run(s, 'sudo nsenter --net=/var/run/docker/netns/000000000000 ip a')).toBe('[stderr]nsenter: cannot open /var/run/docker/netns/000000000000: No such file or directory\n[exit 1]');
  });

  it('says what it does not simulate, and getopt\'s errors', () => {
    const s = session();
    expect(run(s, 'sudo nsenter -t 1 -m ls')).toBe("[stderr]dockerlings: 'nsenter --mount' is not simulated yet — try it with --backend docker\n[exit 1]");
    expect(run(s, 'sudo nsenter -t 1 -p ps')).toBe("[stderr]dockerlings: 'nsenter --pid' is not simulated yet — try it with --backend docker\n[exit 1]");
    expect(run(s, 'sudo nsenter -t 1 -u hostname')).toBe("[stderr]dockerlings: 'nsenter --uts' is not simulated yet — try it with --backend docker\n[exit 1]");
    expect(run(s, 'nsenter -x')).toBe("[stderr]nsenter: invalid option -- 'x'\nTry 'nsenter --help' for more information.\n[exit 1]");
    expect(run(s, 'nsenter --bogus')).toBe("[stderr]nsenter: unrecognized option '--bogus'\nTry 'nsenter --help' for more information.\n[exit 1]");
    expect(run(s, 'nsenter --n')).toBe("[stderr]nsenter: option '--n' is ambiguous; possibilities: '--net' '--no-fork'\nTry 'nsenter --help' for more information.\n[exit 1]");
    expect(run(s, 'nsenter -t')).toBe("[stderr]nsenter: option requires an argument -- 't'\nTry 'nsenter --help' for more information.\n[exit 1]");
    expect(run(s, 'nsenter -V')).toBe('nsenter from util-linux 2.38.1\n');
    expect(run(s, 'nsenter --help')).toContain('\nUsage:\n nsenter [options] [<program> [<argument>...]]\n');
  });

  it('without a program: $SHELL as a login shell in the namespace, and what it starts stays there', () => {
    const { s, pid } = withContainer();
    expect(run(s, `sudo nsenter -t ${pid} -n`)).toBe('');
    expect(s.prompt()).toBe('root@docker-host:/home/learner#');
    expect(run(s, 'ip -br a')).toBe('lo               UNKNOWN        127.0.0.1/8 \neth0@if6         UP             172.18.0.2/16 \n');
    // sudo and su build new places; the namespace is inherited all the same.
    expect(run(s, 'su -c "ip -br link show eth0"')).toBe('eth0@if6         UP             02:42:ac:12:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> \n');
    // nsenter execs the shell in its own process: `-bash` under sudo.
    expect(run(s, 'ps -o args=')).toBe(`sudo nsenter -t ${pid} -n\n-bash\nps -o args=\n`);
    expect(run(s, 'exit')).toBe('[stderr]logout\n');
    expect(run(s, 'ip -br link show eth0')).toBe('eth0             UP             52:54:00:12:34:56 <BROADCAST,MULTICAST,UP,LOWER_UP> \n');
  });
});
