import type { CommandResult } from '../../../src/shell/command-result.js';
import type { ShellRuntime } from '../../../src/shell/parse/runtime.js';
import type { Flavor, ReadResult } from '../../../src/shell/tool-io.js';
import { textTools } from '../../../src/shell/text-tools/index.js';

/**
 * A small shell world for interpreter tests: files in a map, the text tools, and a few
 * builtins (`true`, `false`, `exit N`, `fail MSG N` which writes MSG to stderr, `args`
 * which prints each argument in brackets, `env-of NAME` which prints a prefix assignment).
 */
export class FakeRuntime implements ShellRuntime {
  readonly vars = new Map<string, string>([['HOME', '/root']]);
  readonly files = new Map<string, string>();
  /** Paths that refuse to be written or read. */
  readonly denied = new Set<string>(['/etc/shadow']);
  readonly dirs = new Set<string>(['/root', '/etc', '/tmp', '/']);
  exited = false;
  readonly executed: string[][] = [];

  constructor(readonly flavor: Flavor = 'gnu') {}

  getVar(name: string): string | undefined {
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
    this.executed.push([...argv]);
    const [name = '', ...args] = argv;
    switch (name) {
      case 'true':
        return { stdout: '', stderr: '', exitCode: 0 };
      case 'false':
        return { stdout: '', stderr: '', exitCode: 1 };
      case 'exit':
        this.exited = true;
        return { stdout: '', stderr: '', exitCode: Number(args[0] ?? this.vars.get('?') ?? 0) };
      case 'fail':
        return { stdout: '', stderr: `${args[0] ?? ''}\n`, exitCode: Number(args[1] ?? 1) };
      case 'args':
        return { stdout: args.map((a) => `[${a}]`).join('') + '\n', stderr: '', exitCode: 0 };
      case 'env-of':
        return { stdout: `${assignments.get(args[0] ?? '') ?? '(unset)'}\n`, stderr: '', exitCode: 0 };
    }
    const tool = textTools.get(name);
    if (tool !== undefined) return tool(args, { stdin, flavor: this.flavor, readFile: (p) => this.readFile(p) });
    const notFound = this.flavor === 'gnu' ? `bash: ${name}: command not found` : `sh: ${name}: not found`;
    return { stdout: '', stderr: `${notFound}\n`, exitCode: 127 };
  }

  writeFile(path: string, content: string, append: boolean): string | undefined {
    const gnu = this.flavor === 'gnu';
    if (this.dirs.has(path)) return gnu ? `bash: ${path}: Is a directory` : `sh: can't create ${path}: Is a directory`;
    if (this.denied.has(path)) return gnu ? `bash: ${path}: Permission denied` : `sh: can't create ${path}: Permission denied`;
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) || '/' : '/';
    if (path.startsWith('/') && !this.dirs.has(parent)) {
      return gnu ? `bash: ${path}: No such file or directory` : `sh: can't create ${path}: nonexistent directory`;
    }
    this.files.set(path, (append ? (this.files.get(path) ?? '') : '') + content);
    return undefined;
  }

  readFile(path: string): ReadResult {
    if (this.dirs.has(path)) return { kind: 'error', code: 'EISDIR' };
    if (this.denied.has(path)) return { kind: 'error', code: 'EACCES' };
    const content = this.files.get(path);
    return content === undefined ? { kind: 'error', code: 'ENOENT' } : { kind: 'file', content };
  }
}
