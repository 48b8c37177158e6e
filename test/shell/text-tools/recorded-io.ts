import type { ReadResult, ToolIO, Flavor } from '../../../src/shell/tool-io.js';
import { fixtureDirs, fixtureFiles, unreadable } from './cases.js';

/** A ToolIO over the same files record-cases.ts creates for the real tools. */
export function fixtureIO(flavor: Flavor, stdin: string): ToolIO {
  return {
    stdin,
    flavor,
    readFile(path: string): ReadResult {
      const name = path.startsWith('./') ? path.slice(2) : path;
      if (fixtureDirs.includes(name)) return { kind: 'error', code: 'EISDIR' };
      if (unreadable.includes(name)) return { kind: 'error', code: 'EACCES' };
      const content = fixtureFiles[name];
      if (content !== undefined) return { kind: 'file', content };
      const parent = name.slice(0, name.indexOf('/'));
      if (name.includes('/') && fixtureFiles[parent] !== undefined) return { kind: 'error', code: 'ENOTDIR' };
      return { kind: 'error', code: 'ENOENT' };
    },
  };
}
