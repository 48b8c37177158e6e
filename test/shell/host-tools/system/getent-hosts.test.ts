import { describe, expect, it } from 'vitest';
import { getentHosts } from '../../../../src/shell/host-tools/system/users/getent-hosts.js';
import { run, session } from './harness.js';

// Compared with glibc 2.36's getent on Debian 12, /etc/hosts bind-mounted over with the
// content below and nsswitch `hosts: files` (so no query leaves the machine):
//   unshare -m bash -c 'mount --bind hosts /etc/hosts; mount --bind nss /etc/nsswitch.conf; getent hosts KEY'

describe('getent hosts on the simulated host', () => {
  it("reads the host's /etc/hosts as glibc does", () => {
    const s = session();
    expect(run(s, 'getent hosts docker-host2')).toBe('10.0.2.16       docker-host2\n');
    expect(run(s, 'getent hosts 10.0.2.16')).toBe('10.0.2.16       docker-host2\n');
    expect(run(s, 'getent hosts localhost')).toBe('127.0.0.1       localhost\n');
    // Every entry for a name (host.conf `multi on`): the machine's own name twice.
    expect(run(s, 'getent hosts docker-host')).toBe('127.0.1.1       docker-host\n10.0.2.15       docker-host\n');
    expect(run(s, 'getent hosts ip6-localhost')).toBe('::1             ip6-localhost ip6-loopback\n');
    expect(run(s, 'getent hosts ff02::2')).toBe('ff02::2         ip6-allrouters\n');
    expect(run(s, 'getent hosts nope')).toBe('[exit 2]');
    expect(run(s, 'getent hosts docker-host2 nope')).toBe('10.0.2.16       docker-host2\n[exit 2]');
    // Without a key, the IPv4 entries (::1 reads as 127.0.0.1, other IPv6 lines are skipped).
    expect(run(s, 'getent hosts')).toBe([
      '127.0.0.1       localhost', '127.0.1.1       docker-host', '127.0.0.1       ip6-localhost ip6-loopback',
      '10.0.2.15       docker-host', '10.0.2.16       docker-host2', '',
    ].join('\n'));
  });
});

const FILE = [
  '127.0.0.1 localhost', '127.0.1.1 docker-host', '', '::1     ip6-localhost ip6-loopback', 'fe00::0 ip6-localnet',
  'ff02::1 ip6-allnodes', '10.0.2.15\tdocker-host', '10.0.2.16\tdocker-host2 h2   # second', '10.0.2.17 a', '10.0.2.18 a b',
  '172.17.0.2\tweb web.local', '::1\tlocalhost ip6-localhost', '::ffff:10.1.2.3 mapped', '2001:db8:0:0:1:0:0:1 six Six',
  '2001:DB8::2 six', '::10.9.8.7 compat', '1:0:0:2:0:0:0:3 z1', 'bad-addr name', '10.0.0.300 bad2', 'onlyaddr.x', '',
].join('\n');

describe('getentHosts (glibc files backend corner cases)', () => {
  const cases: readonly (readonly [readonly string[], string, number])[] = [
    [[], '127.0.0.1       localhost\n127.0.1.1       docker-host\n127.0.0.1       ip6-localhost ip6-loopback\n10.0.2.15       docker-host\n10.0.2.16       docker-host2 h2\n10.0.2.17       a\n10.0.2.18       a b\n172.17.0.2      web web.local\n127.0.0.1       localhost ip6-localhost\n10.1.2.3        mapped\n', 0],
    // IPv6 entries first (gethostbyname2 AF_INET6), then IPv4.
    [['localhost'], '::1             localhost ip6-localhost\n', 0],
    [['h2'], '10.0.2.16       docker-host2 h2\n', 0],
    [['a'], '10.0.2.17       a b\n10.0.2.18       a b\n', 0],
    [['WEB'], '172.17.0.2      web web.local\n', 0],
    // Later entries add their aliases and a different name, duplicates and all.
    [['ip6-localhost'], '::1             ip6-localhost ip6-loopback ip6-localhost localhost\n::1             ip6-localhost ip6-loopback ip6-localhost localhost\n', 0],
    [['ip6-localnet'], 'fe00::          ip6-localnet\n', 0],
    [['fe00::0'], 'fe00::          ip6-localnet\n', 0],
    [['10.0.2.17'], '10.0.2.17       a\n', 0],
    [['::1'], '::1             ip6-localhost ip6-loopback\n', 0],
    [['127.1'], '127.0.0.1       127.1\n', 0],
    [['010.1'], '8.0.0.1         010.1\n', 0],
    [['mapped'], '::ffff:10.1.2.3 mapped\n', 0],
    [['10.1.2.3'], '10.1.2.3        mapped\n', 0],
    [['six'], '2001:db8::1:0:0:1 six Six\n2001:db8::2     six Six\n', 0],
    [['compat'], '::10.9.8.7      compat\n', 0],
    [['z1'], '1:0:0:2::3      z1\n', 0],
    [['name'], '', 2],
    [['bad2'], '', 2],
    [['onlyaddr.x'], '', 2],
    [['10.0.2.99'], '', 2],
    [['a', 'nosuch', 'b'], '10.0.2.17       a b\n10.0.2.18       a b\n10.0.2.18       a b\n', 2],
  ];
  for (const [keys, stdout, exitCode] of cases) {
    it(`getent hosts ${keys.join(' ')}`, () => expect(getentHosts(FILE, keys)).toEqual({ stdout, stderr: '', exitCode }));
  }
});
