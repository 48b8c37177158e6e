import { describe, expect, it } from 'vitest';
import { run, session } from './harness.js';

// coreutils (9.1 on the reference host, worded as Ubuntu 22.04's 8.32), findutils and GNU sed,
// recorded in a scratch directory with LANG=C.UTF-8; the refusals with `runuser -u nobody --`.
// Note the two quotings: ‘name’ (quote) in mkdir's, chmod's and find's errors, 'name' (quoteaf)
// in touch's, rm's and mkdir -v's.

function scratch() {
  const s = session();
  run(s, 'cd /tmp');
  return s;
}

describe('touch and mkdir', () => {
  it('create what the directory lets the user create, owned by them', () => {
    const s = scratch();
    expect(run(s, 'touch newf')).toBe('');
    expect(run(s, 'ls -l newf')).toMatch(/^-rw-r--r-- 1 learner learner 0 Feb 21 11:00 newf\n$/);
    expect(run(s, 'touch -c nope; ls nope')).toBe("[stderr]ls: cannot access 'nope': No such file or directory\n[exit 2]");
    expect(run(s, 'touch /etc/x')).toBe("[stderr]touch: cannot touch '/etc/x': Permission denied\n[exit 1]");
    expect(run(s, 'touch /etc/passwd')).toBe("[stderr]touch: cannot touch '/etc/passwd': Permission denied\n[exit 1]");
    expect(run(s, 'touch d/nosuchdir/x')).toBe("[stderr]touch: cannot touch 'd/nosuchdir/x': No such file or directory\n[exit 1]");
    expect(run(s, 'touch newf/x')).toBe("[stderr]touch: cannot touch 'newf/x': Not a directory\n[exit 1]");
    expect(run(s, 'touch')).toBe("[stderr]touch: missing file operand\nTry 'touch --help' for more information.\n[exit 1]");
    expect(run(s, 'mkdir d')).toBe('');
    expect(run(s, 'mkdir d')).toBe('[stderr]mkdir: cannot create directory ‘d’: File exists\n[exit 1]');
    expect(run(s, 'mkdir x/y')).toBe('[stderr]mkdir: cannot create directory ‘x/y’: No such file or directory\n[exit 1]');
    expect(run(s, 'mkdir -pv p1/p2')).toBe("mkdir: created directory 'p1'\nmkdir: created directory 'p1/p2'\n");
    expect(run(s, 'mkdir -p d')).toBe('');
    expect(run(s, 'mkdir -p newf/b')).toBe('[stderr]mkdir: cannot create directory ‘newf’: Not a directory\n[exit 1]');
    expect(run(s, 'mkdir -p newf')).toBe('[stderr]mkdir: cannot create directory ‘newf’: File exists\n[exit 1]');
    expect(run(s, 'mkdir newf/b')).toBe('[stderr]mkdir: cannot create directory ‘newf/b’: Not a directory\n[exit 1]');
    expect(run(s, 'mkdir /etc/z')).toBe('[stderr]mkdir: cannot create directory ‘/etc/z’: Permission denied\n[exit 1]');
    expect(run(s, 'mkdir /root/z')).toBe('[stderr]mkdir: cannot create directory ‘/root/z’: Permission denied\n[exit 1]');
    expect(run(s, 'mkdir -m 700 m2; ls -ld m2')).toMatch(/^drwx------ 2 learner learner \d+ Feb 21 11:00 m2\n$/);
    expect(run(s, 'mkdir')).toBe("[stderr]mkdir: missing operand\nTry 'mkdir --help' for more information.\n[exit 1]");
  });
});

describe('rm', () => {
  it('removes what the directory lets the user remove; -r, -f, -d, -v', () => {
    const s = scratch();
    run(s, 'mkdir -p d3/e; touch f; mkdir d');
    expect(run(s, 'rm nosuch')).toBe("[stderr]rm: cannot remove 'nosuch': No such file or directory\n[exit 1]");
    expect(run(s, 'rm -f nosuch')).toBe('');
    expect(run(s, 'rm d')).toBe("[stderr]rm: cannot remove 'd': Is a directory\n[exit 1]");
    expect(run(s, 'rm -d d3')).toBe("[stderr]rm: cannot remove 'd3': Directory not empty\n[exit 1]");
    expect(run(s, 'rm -d d')).toBe('');
    expect(run(s, 'rm -rv d3')).toBe("removed directory 'd3/e'\nremoved directory 'd3'\n");
    expect(run(s, 'rm -v f')).toBe("removed 'f'\n");
    expect(run(s, 'rm f/x')).toBe("[stderr]rm: cannot remove 'f/x': No such file or directory\n[exit 1]");
    expect(run(s, 'rm /etc/passwd')).toBe("[stderr]rm: cannot remove '/etc/passwd': Permission denied\n[exit 1]");
    expect(run(s, 'rm -f /etc/passwd')).toBe("[stderr]rm: cannot remove '/etc/passwd': Permission denied\n[exit 1]");
    expect(run(s, 'rm -r .')).toBe("[stderr]rm: refusing to remove '.' or '..' directory: skipping '.'\n[exit 1]");
    expect(run(s, 'rm -rf /')).toBe("[stderr]rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n[exit 1]");
    expect(run(s, 'rm')).toBe("[stderr]rm: missing operand\nTry 'rm --help' for more information.\n[exit 1]");
    // /tmp is sticky: another user's file stays.
    run(s, 'sudo touch /tmp/roots');
    expect(run(s, 'rm -f /tmp/roots')).toBe("[stderr]rm: cannot remove '/tmp/roots': Operation not permitted\n[exit 1]");
  });

  it('the socket file gone, the docker CLI cannot connect (as on a real host)', () => {
    const s = scratch();
    expect(run(s, 'sudo rm /var/run/docker.sock')).toBe('');
    expect(run(s, 'docker ps')).toBe('[stderr]Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n[exit 1]');
  });
});

describe('chmod', () => {
  it('changes the modes its owner (or root) may change: octal and symbolic', () => {
    const s = scratch();
    run(s, 'echo hello > a.txt; mkdir m2');
    const mode = (f: string) => run(s, `stat -c %A ${f}`).trim();
    expect(run(s, 'chmod 600 a.txt')).toBe('');
    expect(mode('a.txt')).toBe('-rw-------');
    expect(run(s, 'chmod u+x a.txt')).toBe('');
    expect(mode('a.txt')).toBe('-rwx------');
    expect(run(s, 'chmod a=r,u+w a.txt')).toBe('');
    expect(mode('a.txt')).toBe('-rw-r--r--');
    // Without u/g/o/a the umask (022) keeps g and o from getting w.
    expect(run(s, 'chmod +x a.txt; chmod +w a.txt')).toBe('');
    expect(mode('a.txt')).toBe('-rwxr-xr-x');
    expect(run(s, 'chmod -x a.txt')).toBe('');
    expect(mode('a.txt')).toBe('-rw-r--r--');
    expect(run(s, 'chmod 1777 m2')).toBe('');
    expect(mode('m2')).toBe('drwxrwxrwt');
    expect(run(s, 'chmod nosuch a.txt')).toBe("[stderr]chmod: invalid mode: ‘nosuch’\nTry 'chmod --help' for more information.\n[exit 1]");
    expect(run(s, 'chmod 8 a.txt')).toBe("[stderr]chmod: invalid mode: ‘8’\nTry 'chmod --help' for more information.\n[exit 1]");
    expect(run(s, 'chmod 755 nosuch')).toBe("[stderr]chmod: cannot access 'nosuch': No such file or directory\n[exit 1]");
    expect(run(s, 'chmod')).toBe("[stderr]chmod: missing operand\nTry 'chmod --help' for more information.\n[exit 1]");
    expect(run(s, 'chmod 644')).toBe("[stderr]chmod: missing operand after ‘644’\nTry 'chmod --help' for more information.\n[exit 1]");
    expect(run(s, 'chmod 777 /etc/passwd')).toBe("[stderr]chmod: changing permissions of '/etc/passwd': Operation not permitted\n[exit 1]");
  });

  it('chmod 666 on the socket lets anyone use Docker (why it is a bad idea)', () => {
    const s = session('learner', false);
    expect(run(s, 'docker ps').startsWith('[stderr]permission denied')).toBe(true);
    expect(run(s, 'sudo chmod 666 /var/run/docker.sock')).toBe('');
    expect(run(s, 'docker ps')).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });
});

describe('find', () => {
  it('walks in name order with -name, -iname, -type, -maxdepth; says what it may not read', () => {
    const s = scratch();
    run(s, 'mkdir -p t/d; cd t; echo hi > a.txt; touch empty; mkdir -m 700 priv');
    expect(run(s, 'find .')).toBe('.\n./a.txt\n./d\n./empty\n./priv\n');
    expect(run(s, "find . -name '*.txt'")).toBe('./a.txt\n');
    expect(run(s, 'find -iname A.TXT')).toBe('./a.txt\n');
    expect(run(s, 'find . -type d')).toBe('.\n./d\n./priv\n');
    expect(run(s, 'find . -maxdepth 1 -type f')).toBe('./a.txt\n./empty\n');
    expect(run(s, 'find /var/run -maxdepth 0')).toBe('/var/run\n');
    expect(run(s, 'find /run -maxdepth 1 -type s')).toBe('/run/docker.sock\n');
    expect(run(s, 'find nosuch')).toBe('[stderr]find: ‘nosuch’: No such file or directory\n[exit 1]');
    expect(run(s, 'find . -type x')).toBe('[stderr]find: Unknown argument to -type: x\n[exit 1]');
    expect(run(s, 'find . -name')).toBe("[stderr]find: missing argument to `-name'\n[exit 1]");
    expect(run(s, 'find . -bogus')).toBe("[stderr]find: unknown predicate `-bogus'\n[exit 1]");
    expect(run(s, 'find . -size +1k')).toBe("[stderr]dockerlings: 'find -size' is not simulated yet — try it with --backend docker\n[exit 1]");
    expect(run(s, 'find /root')).toBe('/root\n[stderr]find: ‘/root’: Permission denied\n[exit 1]');
  });
});

describe('sed', () => {
  it('prints, deletes, quits and substitutes', () => {
    const s = scratch();
    run(s, "echo 'hello world' > a.txt; echo 'foo bar' >> a.txt; echo 'hello again' >> a.txt");
    expect(run(s, 'sed -n 1p a.txt')).toBe('hello world\n');
    expect(run(s, "sed -n '/hello/p' a.txt")).toBe('hello world\nhello again\n');
    expect(run(s, "sed 's/hello/bye/' a.txt")).toBe('bye world\nfoo bar\nbye again\n');
    expect(run(s, "sed 's/o/0/g' a.txt")).toBe('hell0 w0rld\nf00 bar\nhell0 again\n');
    expect(run(s, "sed -n 's/hello/bye/p' a.txt")).toBe('bye world\nbye again\n');
    expect(run(s, "sed -n '$p' a.txt")).toBe('hello again\n');
    expect(run(s, 'sed -n 2,3p a.txt')).toBe('foo bar\nhello again\n');
    expect(run(s, 'sed 2d a.txt')).toBe('hello world\nhello again\n');
    expect(run(s, "sed -e 's/a/A/' -e 's/o/O/' a.txt")).toBe('hellO world\nfOo bAr\nhellO Again\n');
    expect(run(s, "sed -E 's/(h)(e)/\\2\\1/' a.txt")).toBe('ehllo world\nfoo bar\nehllo again\n');
    expect(run(s, "sed -n '/foo/!p' a.txt")).toBe('hello world\nhello again\n');
    expect(run(s, 'sed 1q a.txt')).toBe('hello world\n');
    expect(run(s, "echo /a/b | sed 's|/|_|g'")).toBe('_a_b\n');
    expect(run(s, 'echo abc | sed s/b/B/')).toBe('aBc\n');
  });

  it('edits in place with -i, where the directory lets it', () => {
    const s = scratch();
    run(s, 'echo abc > f');
    expect(run(s, 'sed -i s/a/b/ f; cat f')).toBe('bbc\n');
    expect(run(s, 'sed -i s/a/b/ /etc/hosts')).toMatch(/^\[stderr\]sed: couldn't open temporary file \/etc\/sed[A-Za-z0-9]{6}: Permission denied\n\[exit 4\]$/);
  });

  it('reports errors as GNU sed does, and what it does not simulate', () => {
    const s = scratch();
    expect(run(s, "sed 's/x/y/' nosuch")).toBe("[stderr]sed: can't read nosuch: No such file or directory\n[exit 2]");
    expect(run(s, "sed 's/a/b' /etc/hosts")).toBe("[stderr]sed: -e expression #1, char 5: unterminated `s' command\n[exit 1]");
    expect(run(s, 'sed k /etc/hosts')).toBe("[stderr]sed: -e expression #1, char 1: unknown command: `k'\n[exit 1]");
    expect(run(s, 'sed')).toMatch(/^\[stderr\]Usage: sed \[OPTION\]\.\.\. \{script-only-if-no-other-script\} \[input-file\]\.\.\.\n[\s\S]*\[exit 1\]$/);
    expect(run(s, 'sed y/abc/xyz/ /etc/hosts')).toBe("[stderr]dockerlings: 'sed y' is not simulated yet — try it with --backend docker\n[exit 1]");
  });
});
