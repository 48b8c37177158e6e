import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { notSimulated } from '../common.js';
import { type FileInfo, infoOf, location, lookupAs, modeString, namesFor } from './file-info.js';
import { mountOf, mountTable } from './mount-view.js';

// stat from coreutils 8.32 (statx: "cannot statx") and from busybox, with -c FORMAT.

const ERRNO: Readonly<Record<string, string>> = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', ENOTDIR: 'Not a directory' };

const pad2 = (n: number) => String(n).padStart(2, '0');
const stamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000000 +0000`;
};

function fileType(i: FileInfo): string {
  switch (i.type) {
    case 'dir': return 'directory';
    case 'socket': return 'socket';
    case 'symlink': return 'symbolic link';
    default: return i.size === 0 ? 'regular empty file' : 'regular file';
  }
}

const devNumber = (dev: string) => {
  const [major, minor] = dev.split(':').map(Number) as [number, number];
  return major * 256 + minor;
};

const rawMode = (i: FileInfo) => (i.type === 'dir' ? 0o40000 : i.type === 'socket' ? 0o140000 : i.type === 'symlink' ? 0o120000 : 0o100000) | i.mode;

interface Target {
  readonly name: string;
  readonly abs: string;
  readonly info: FileInfo;
}

function directive(ctx: ProgramContext, t: Target, ch: string, busybox: boolean): string {
  const i = t.info;
  const names = namesFor(ctx);
  const unknown = busybox ? 'UNKNOWN' : undefined;
  switch (ch) {
    case 'a': return i.mode.toString(8);
    case 'A': return modeString(i.type, i.mode);
    case 'b': return String(i.kblocks * 2);
    case 'B': return '512';
    case 'd': return String(devNumber(i.dev));
    case 'D': return devNumber(i.dev).toString(16);
    case 'f': return rawMode(i).toString(16);
    case 'F': return fileType(i);
    case 'g': return String(i.gid);
    case 'G': return names.group(i.gid) ?? unknown ?? String(i.gid);
    case 'h': return String(i.nlink);
    case 'i': return String(i.inode);
    case 'm': return mountOf(mountTable(ctx), location(ctx, t.abs))?.target ?? '/';
    case 'n': return t.name;
    case 'N': return i.node.type === 'symlink' ? `'${t.name}' -> '${i.node.target}'` : busybox ? t.name : `'${t.name}'`;
    case 'o': return '4096';
    case 's': return String(i.size);
    case 't': case 'T': return '0';
    case 'u': return String(i.uid);
    case 'U': return names.user(i.uid) ?? unknown ?? String(i.uid);
    case 'w': return i.fstype === 'ext4' && !busybox ? stamp(i.mtime) : '-';
    case 'W': return i.fstype === 'ext4' && !busybox ? String(Math.floor(i.mtime / 1000)) : '0';
    case 'x': case 'y': case 'z': return stamp(i.mtime);
    case 'X': case 'Y': case 'Z': return String(Math.floor(i.mtime / 1000));
    case '%': return '%';
    default: return busybox ? ch : '?';
  }
}

function render(ctx: ProgramContext, t: Target, format: string, busybox: boolean): string {
  return format.replace(/%(.)/g, (_m, ch: string) => directive(ctx, t, ch, busybox));
}

const FULL_GNU = "  File: %n\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-10i  Links: %h\nAccess: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n";

/** The default (full) report, with printf-style widths applied. */
function full(ctx: ProgramContext, t: Target, busybox: boolean): string {
  const fmt = busybox ? FULL_GNU.replace(' Birth: %w\n', '') : FULL_GNU;
  const name = t.info.node.type === 'symlink' ? `${t.name} -> ${t.info.node.target}` : t.name;
  return fmt.replace(/%(-?)(0?)(\d*)(?:\.\d+)?(.)/g, (_m, left: string, zero: string, width: string, ch: string) => {
    const v = ch === 'n' ? name : directive(ctx, t, ch, busybox);
    const w = Number(width || 0);
    return left ? v.padEnd(w) : v.padStart(w, zero ? '0' : ' ');
  });
}

export function stat(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('stat', args, busybox ? { short: 'c:fLt' } : {
    short: 'c:fLt',
    long: [{ name: 'format', key: 'c', arg: 'required' }, { name: 'dereference', key: 'L', arg: 'none' }, { name: 'printf', key: 'P', arg: 'required' }, { name: 'terse', key: 't', arg: 'none' }, { name: 'file-system', key: 'f', arg: 'none' }],
  }, ctx.flavor);
  if (!parsed.ok) return { stdout: '', stderr: busybox ? `${parsed.message}\n${bbUsage('stat')}` : `${parsed.message}\nTry 'stat --help' for more information.\n`, exitCode: 1 };
  const odd = parsed.options.find((o) => o.key !== 'c' && o.key !== 'L');
  if (odd) return notSimulated(`stat ${odd.typed}`);
  if (parsed.operands.length === 0) {
    return busybox ? { stdout: '', stderr: bbUsage('stat'), exitCode: 1 } : { stdout: '', stderr: "stat: missing operand\nTry 'stat --help' for more information.\n", exitCode: 1 };
  }
  const format = parsed.options.filter((o) => o.key === 'c').pop()?.value;
  const follow = parsed.options.some((o) => o.key === 'L');
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const name of parsed.operands) {
    const found = lookupAs(ctx, name, follow);
    if (!found.ok) {
      stderr += busybox ? `stat: can't stat '${name}': ${ERRNO[found.error]}\n` : `stat: cannot statx '${name}': ${ERRNO[found.error]}\n`;
      status = 1;
      continue;
    }
    const t = { name, abs: found.abs, info: infoOf(ctx, found.abs, found.node) };
    stdout += format !== undefined ? `${render(ctx, t, format, busybox)}\n` : full(ctx, t, busybox);
  }
  return { stdout, stderr, exitCode: status };
}
