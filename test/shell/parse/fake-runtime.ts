import type { CommandResult } from '../../../src/shell/command-result.js';
import type { ShellRuntime } from '../../../src/shell/parse/runtime.js';
import type { Flavor, ReadResult } from '../../../src/shell/tool-io.js';
import { textTools } from '../../../src/shell/text-tools/index.js';
import { fixtureDirs, fixtureFiles, unreadable } from '../text-tools/cases.js';

/**
 * The world record-lines.ts runs real shells in, for interpreter tests: user nobody in a
 * directory of fixture files (relative paths), HOME=/root, the text tools, and the builtins
 * `true`, `false`, `exit N` (bash says `exit` on leaving, as an interactive shell does).
 * Absolute paths: /etc and /root exist but are not writable; nothing else exists.
 */
export class FakeRuntime implements ShellRuntime {
  readonly vars = new Map<string, string>([['HOME', '/root']]);
  readonly files = new Map<string, string>(Object.entries(fixtureFiles));
  readonly dirs = new Set<string>([...fixtureDirs, '/', '/etc', '/root', '/tmp']);
  exited = false;
  readonly executed: { argv: string[]; stdin: string; assignments: Map<string, string> }[] = [];

  constructor(readonly flavor: Flavor = 'gnu') {}

  getVar(name: string): string | undefined {
    if (name === '#') return '0';
    return this.vars.get(name);
  }

  setVar(name: string, value: string): void {
    this.vars.set(name, value);
  }

  hasExited(): boolean {
    return this.exited;
  }

  homeOf(user: string): string | undefined {
    return user === 'root' ? '/root' : undefined;
  }

  exec(argv: readonly string[], stdin: string, assignments: ReadonlyMap<string, string>): CommandResult {
    this.executed.push({ argv: [...argv], stdin, assignments: new Map(assignments) });
    const [name = '', ...args] = argv;
    switch (name) {
      case 'true':
        return { stdout: '', stderr: '', exitCode: 0 };
      case 'false':
        return { stdout: '', stderr: '', exitCode: 1 };
      case 'exit':
        this.exited = true;
        return { stdout: '', stderr: this.flavor === 'gnu' ? 'exit\n' : '', exitCode: Number(args[0] ?? this.vars.get('?') ?? 0) };
    }
    const tool = textTools.get(name);
    if (tool !== undefined) return tool(args, { stdin, flavor: this.flavor, readFile: (p) => this.readFile(p) });
    const notFound = this.flavor === 'gnu' ? `bash: ${name}: command not found` : `sh: ${name}: not found`;
    return { stdout: '', stderr: `${notFound}\n`, exitCode: 127 };
  }

  writeFile(path: string, content: string, append: boolean): string | undefined {
    const gnu = this.flavor === 'gnu';
    const error = (text: string, busybox: string): string => (gnu ? `bash: ${path}: ${text}` : `sh: can't create ${path}: ${busybox}`);
    if (this.dirs.has(path)) return error('Is a directory', 'Is a directory');
    if (unreadable.includes(path)) return error('Permission denied', 'Permission denied');
    if (path.startsWith('/')) {
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      if (!this.dirs.has(parent)) return error('No such file or directory', 'nonexistent directory');
      if (parent !== '/tmp') return error('Permission denied', 'Permission denied');
    } else if (path === '') return error('No such file or directory', 'nonexistent directory');
    this.files.set(path, (append ? (this.files.get(path) ?? '') : '') + content);
    return undefined;
  }

  readFile(path: string): ReadResult {
    if (path === '/dev/null') return { kind: 'file', content: '' };
    const name = path.startsWith('./') ? path.slice(2) : path;
    if (this.dirs.has(name)) return { kind: 'error', code: 'EISDIR' };
    if (unreadable.includes(name)) return { kind: 'error', code: 'EACCES' };
    const content = this.files.get(name);
    if (content !== undefined) return { kind: 'file', content };
    const parent = name.slice(0, name.indexOf('/'));
    if (name.includes('/') && this.files.has(parent)) return { kind: 'error', code: 'ENOTDIR' };
    return { kind: 'error', code: 'ENOENT' };
  }
}
