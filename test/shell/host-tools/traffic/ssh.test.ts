import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';

// OpenSSH's texts as `ssh` (OpenSSH 9.2 on this machine) prints them; the lab's second machine
// is docker-host2 (10.0.2.16), in /etc/hosts.
const learner = () => createShellSession({ user: 'learner' });
const run = (s: ReturnType<typeof learner>, line: string) => {
  const r = s.run(line);
  return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
};

describe('ssh to the lab\'s other machine', () => {
  it('opens a login shell there: the prompt, the tools and the files are that machine\'s; exit comes back', () => {
    const s = learner();
    const login = run(s, 'ssh docker-host2');
    expect(login.exit).toBe(0);
    expect(login.stdout).toMatch(/^Welcome to Ubuntu 22\.04\.4 LTS \(GNU\/Linux 5\.15\.0-\d+-generic x86_64\)\n/);
    expect(s.prompt()).toBe('learner@docker-host2:~$');
    expect(run(s, 'hostname')).toEqual({ stdout: 'docker-host2\n', stderr: '', exit: 0 });
    expect(run(s, 'cat /etc/hostname').stdout).toBe('docker-host2\n');
    expect(run(s, "ip -4 -o addr show eth0 | awk '{print $4}'").stdout).toBe('10.0.2.16/24\n');
    expect(run(s, 'exit')).toEqual({ stdout: '', stderr: 'logout\nConnection to docker-host2 closed.\n', exit: 0 });
    expect(s.prompt()).toBe('learner@docker-host:~$');
  });

  it('runs one command there and returns its output and status', () => {
    const s = learner();
    expect(run(s, 'ssh docker-host2 hostname')).toEqual({ stdout: 'docker-host2\n', stderr: '', exit: 0 });
    expect(run(s, 'ssh 10.0.2.16 false').exit).toBe(1);
    expect(s.prompt()).toBe('learner@docker-host:~$');
  });

  it('each machine has its own engine: a container made there is not here', () => {
    const s = learner();
    run(s, 'ssh docker-host2 docker run -d --name far busybox sleep 3600');
    expect(run(s, "docker ps --format '{{.Names}}'").stdout).toBe('');
    expect(run(s, "ssh docker-host2 docker ps --format '{{.Names}}'").stdout).toBe('far\n');
  });

  it("says what OpenSSH says when it cannot get there", () => {
    const s = learner();
    expect(run(s, 'ssh nowhere')).toEqual({ stdout: '', stderr: 'ssh: Could not resolve hostname nowhere: Name or service not known\n', exit: 255 });
    expect(run(s, 'ssh -p 2222 docker-host2')).toEqual({ stdout: '', stderr: 'ssh: connect to host docker-host2 port 2222: Connection refused\n', exit: 255 });
    expect(run(s, 'ssh root@docker-host2')).toEqual({ stdout: '', stderr: 'root@docker-host2: Permission denied (publickey).\n', exit: 255 });
    expect(run(s, 'ssh -z docker-host2').stderr).toMatch(/^unknown option -- z\nusage: ssh \[-46AaCfGgKkMNnqsTtVvXxYy\]/);
    expect(run(s, 'ssh').exit).toBe(255);
    expect(run(s, 'ssh -p abc docker-host2')).toEqual({ stdout: '', stderr: "Bad port 'abc'\n", exit: 255 });
  });

  it('a firewall on the other machine stops the connection', () => {
    const s = createShellSession({ user: 'root' });
    run(s, 'ssh docker-host2 iptables -I INPUT -p tcp --dport 22 -j DROP');
    expect(run(s, 'ssh docker-host2 hostname')).toEqual({ stdout: '', stderr: 'ssh: connect to host docker-host2 port 22: Connection timed out\n', exit: 255 });
  });

  it('the other machine boots only when something reaches for it', () => {
    const s = learner();
    expect(s.host.lab.booted().map((h) => h.hostname)).toEqual(['docker-host']);
    run(s, 'ping -c 1 docker-host2');
    expect(s.host.lab.booted().map((h) => h.hostname)).toEqual(['docker-host', 'docker-host2']);
  });
});
