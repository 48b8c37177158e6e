import { describe, expect, it } from 'vitest';
import { parseLine, runLine, runScript } from '../../../src/shell/parse/index.js';
import { FakeRuntime } from './fake-runtime.js';

// How the interpreter drives a ShellRuntime. What real shells print for whole lines is
// covered by recorded-lines.test.ts; these pin the contract with the runtime.

describe('runLine', () => {
  it('a syntax error prints the message with status 2, and sets $?', () => {
    const rt = new FakeRuntime();
    expect(runLine('echo a |', rt)).toEqual({ stdout: '', stderr: 'bash: syntax error: unexpected end of file\n', exitCode: 2 });
    expect(rt.vars.get('?')).toBe('2');
  });

  it('unsupported syntax prints a dockerlings line with status 2', () => {
    expect(runLine('sleep 1 &', new FakeRuntime())).toEqual({
      stdout: '',
      stderr: 'dockerlings: running a command in the background (&) is not simulated\n',
      exitCode: 2,
    });
  });

  it('an empty line changes nothing, not even $?', () => {
    const rt = new FakeRuntime();
    rt.vars.set('?', '7');
    expect(runLine('  # nothing', rt)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(rt.vars.get('?')).toBe('7');
  });
});

describe('runScript and the runtime', () => {
  const run = (line: string, rt = new FakeRuntime()): ReturnType<typeof runScript> => {
    const parsed = parseLine(line, rt.flavor);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    return runScript(parsed.script, rt);
  };

  it('passes expanded argv, the piped stdin and prefix assignments to exec', () => {
    const rt = new FakeRuntime();
    rt.vars.set('X', 'a  b');
    run('echo one | FOO=$X BAR=2 cat -', rt);
    expect(rt.executed.map((e) => e.argv)).toEqual([['echo', 'one'], ['cat', '-']]);
    expect(rt.executed[1]?.stdin).toBe('one\n');
    expect([...(rt.executed[1]?.assignments ?? [])]).toEqual([['FOO', 'a  b'], ['BAR', '2']]);
    expect(rt.vars.has('FOO')).toBe(false);
  });

  it('a lone assignment sets the variable; in a pipeline it does not (a subshell)', () => {
    const rt = new FakeRuntime();
    run('A=1 B=$A', rt);
    expect([rt.vars.get('A'), rt.vars.get('B')]).toEqual(['1', '1']);
    run('C=3 | true', rt);
    expect(rt.vars.has('C')).toBe(false);
  });

  it("bash's += appends", () => {
    const rt = new FakeRuntime();
    run('P=a; P+=b', rt);
    expect(rt.vars.get('P')).toBe('ab');
  });

  it('reports $? to the runtime after each pipeline, and reads it back on the next line', () => {
    const rt = new FakeRuntime();
    run('false', rt);
    expect(rt.vars.get('?')).toBe('1');
    expect(run('echo $?', rt).stdout).toBe('1\n');
  });

  it('the exit status of a pipeline is its last stage, negated by !', () => {
    expect(run('false | true').exitCode).toBe(0);
    expect(run('true | false').exitCode).toBe(1);
    expect(run('! true | false').exitCode).toBe(0);
  });

  it('stderr of every stage is collected in order', () => {
    expect(run('cat nofile1 | cat nofile2 | cat').stderr).toBe(
      'cat: nofile1: No such file or directory\ncat: nofile2: No such file or directory\n',
    );
  });

  it('> truncates the file before the command runs, then writes its output', () => {
    const rt = new FakeRuntime();
    rt.files.set('out', 'old');
    run('cat nofile > out', rt);
    expect(rt.files.get('out')).toBe('');
    run('echo a > out; echo b >> out', rt);
    expect(rt.files.get('out')).toBe('a\nb\n');
  });

  it('>f 2>&1 sends both to f; 2>&1 >f sends only stdout', () => {
    const rt = new FakeRuntime();
    expect(run('cat f2 nofile >both 2>&1', rt)).toMatchObject({ stdout: '', stderr: '' });
    expect(rt.files.get('both')).toBe('one\ntwocat: nofile: No such file or directory\n');
    expect(run('cat f2 nofile 2>&1 >only', rt)).toMatchObject({ stdout: 'cat: nofile: No such file or directory\n', stderr: '' });
  });

  it('/dev/null, /dev/stdout and /dev/stderr are the shell’s own', () => {
    const rt = new FakeRuntime();
    expect(run('echo x >/dev/null; echo y >/dev/stderr; echo z 2>/dev/null >/dev/stdout', rt)).toEqual({ stdout: 'z\n', stderr: 'y\n', exitCode: 0 });
    expect([...rt.files.keys()].filter((k) => k.startsWith('/dev'))).toEqual([]);
  });

  it('a failed redirection skips the command, prints on the stderr in force, status 1', () => {
    const rt = new FakeRuntime();
    expect(run('echo x > /etc/passwd', rt)).toEqual({ stdout: '', stderr: 'bash: /etc/passwd: Permission denied\n', exitCode: 1 });
    expect(run('echo x 2>/dev/null > /etc/passwd', rt)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(rt.executed).toEqual([]);
  });

  it('< reads a file; its errors are the shell’s', () => {
    expect(run('wc -l < f1')).toEqual({ stdout: '3\n', stderr: '', exitCode: 0 });
    expect(run('cat < secret')).toEqual({ stdout: '', stderr: 'bash: secret: Permission denied\n', exitCode: 1 });
    expect(run('cat < nofile', new FakeRuntime('busybox'))).toEqual({ stdout: '', stderr: "sh: can't open nofile: no such file\n", exitCode: 1 });
  });

  it('< on a directory is refused plainly (the real result depends on the reader)', () => {
    expect(run('cat < d')).toEqual({ stdout: '', stderr: 'dockerlings: reading a directory with < is not simulated\n', exitCode: 2 });
  });

  it("bash's here-string feeds the word and a newline", () => {
    expect(run('cat <<< "$HOME x"').stdout).toBe('/root x\n');
  });

  it('a command substitution’s stderr goes to the terminal, its stdout into the word', () => {
    expect(run('echo "[$(cat f2 nofile)]"')).toEqual({
      stdout: '[one\ntwo]\n',
      stderr: 'cat: nofile: No such file or directory\n',
      exitCode: 0,
    });
  });

  it('an assignment-only command takes the status of its last substitution', () => {
    expect(run('X=$(false)').exitCode).toBe(1);
    expect(run('X=$(true)').exitCode).toBe(0);
  });

  it('stops after exit', () => {
    const rt = new FakeRuntime();
    expect(run('echo a; exit 3; echo b', rt)).toEqual({ stdout: 'a\n', stderr: 'exit\n', exitCode: 3 });
    expect(rt.executed.map((e) => e.argv[0])).toEqual(['echo', 'exit']);
  });

  it('a bad substitution ends the line (bash: status 1; busybox: a syntax error, 2)', () => {
    expect(run('echo a; echo ${x y}; echo b')).toEqual({ stdout: 'a\n', stderr: 'bash: ${x y}: bad substitution\n', exitCode: 1 });
    expect(run('echo a; echo ${x y}; echo b', new FakeRuntime('busybox'))).toEqual({
      stdout: 'a\n',
      stderr: 'sh: syntax error: bad substitution\n',
      exitCode: 2,
    });
  });

  it('bash refuses a redirection target that expands to several words or none', () => {
    const rt = new FakeRuntime();
    rt.vars.set('T', 'a b');
    expect(run('echo x > $T', rt)).toEqual({ stdout: '', stderr: 'bash: $T: ambiguous redirect\n', exitCode: 1 });
    expect(run('echo x > $NONE', rt)).toEqual({ stdout: '', stderr: 'bash: $NONE: ambiguous redirect\n', exitCode: 1 });
  });

  it('busybox does not split a redirection target', () => {
    const rt = new FakeRuntime('busybox');
    rt.vars.set('T', 'a b');
    run('echo x > $T', rt);
    expect(rt.files.get('a b')).toBe('x\n');
  });

  it('an unopened descriptor is a bad file descriptor', () => {
    expect(run('echo x >&3')).toEqual({ stdout: '', stderr: 'bash: 3: Bad file descriptor\n', exitCode: 1 });
    expect(run('echo x 3>three >&3').stdout).toBe('');
  });
});
