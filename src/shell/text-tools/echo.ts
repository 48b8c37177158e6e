import type { Tool } from '../tool-io.js';

// The shells' builtin echo (bash's for 'gnu', ash's for 'busybox'): leading arguments made
// only of n, e, E are options; anything else, `--` included, is printed.

export const echo: Tool = (args, io) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!/^-[neE]+$/.test(arg)) break;
    for (const letter of arg.slice(1)) {
      if (letter === 'n') newline = false;
      else escapes = letter === 'e';
    }
  }
  let out = args.slice(i).join(' ');
  if (escapes) {
    const decoded = decodeEscapes(out, io.flavor === 'busybox');
    out = decoded.text;
    if (decoded.stop) return { stdout: out, stderr: '', exitCode: 0 };
  }
  return { stdout: newline ? `${out}\n` : out, stderr: '', exitCode: 0 };
};

const SIMPLE: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/**
 * `echo -e` escapes. `\c` stops all output (and the newline). Octal is `\0NNN` in both;
 * busybox also takes `\NNN` without the 0 (`\101` is A), bash prints that as typed.
 */
function decodeEscapes(text: string, busybox: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const next = text[i + 1];
    if (ch !== '\\' || next === undefined) {
      out += ch;
      continue;
    }
    i++;
    const simple = SIMPLE[next];
    if (simple !== undefined) out += simple;
    else if (next === 'c') return { text: out, stop: true };
    else if (next === '0' || (busybox && /[1-7]/.test(next))) {
      let digits = next === '0' ? '' : next;
      while (digits.length < 3 && /[0-7]/.test(text[i + 1] ?? '')) digits += text[++i];
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
    } else if (next === 'x' && /[0-9A-Fa-f]/.test(text[i + 1] ?? '')) {
      let digits = '';
      while (digits.length < 2 && /[0-9A-Fa-f]/.test(text[i + 1] ?? '')) digits += text[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += `\\${next}`;
  }
  return { text: out, stop: false };
}
