import { translateRegex } from '../../../text-tools/posix-regex.js';

// The part of a GNU sed script the simulator runs: addresses (N, $, /RE/, A,B ranges, !), and
// the commands p, d, q and s/RE/REPLACEMENT/[gpNI]. Anything else is reported as not simulated.

export type Address = { readonly kind: 'line'; readonly n: number } | { readonly kind: 'last' } | { readonly kind: 're'; readonly re: RegExp };

export interface Command {
  readonly from?: Address;
  readonly to?: Address;
  readonly negate: boolean;
  readonly name: 'p' | 'd' | 'q' | 's';
  readonly exitCode?: number;
  readonly subst?: { readonly re: RegExp; readonly replacement: string; readonly global: boolean; readonly nth: number; readonly print: boolean };
}

export type Parsed = { readonly ok: true; readonly commands: readonly Command[] } | { readonly ok: false; readonly error: string } | { readonly ok: false; readonly notSimulated: string };

class SedError extends Error {}
class NotSimulated extends Error {}

function compile(source: string, extended: boolean, flags: string): RegExp {
  const t = translateRegex(source, extended ? 'extended' : 'basic', false);
  if (!t.ok) throw new NotSimulated(`sed regex ${source}`);
  return new RegExp(t.source, flags);
}

/** Reads one script (one -e, or the first operand): its commands, or GNU sed's error text. */
export function parseScript(text: string, index: number, extended: boolean): Parsed {
  let i = 0;
  const where = () => `-e expression #${index}, char ${i}`;
  const fail = (what: string): never => {
    throw new SedError(`sed: ${where()}: ${what}`);
  };
  const delimited = (delim: string): string => {
    let out = '';
    while (i < text.length) {
      const c = text[i++] as string;
      if (c === '\\' && i < text.length) {
        const n = text[i++] as string;
        out += n === delim && delim !== '\\' ? n : n === 'n' ? '\n' : `\\${n}`;
        continue;
      }
      if (c === delim) return out;
      if (c === '\n') break;
      out += c;
    }
    return fail("unterminated `s' command");
  };
  const address = (): Address | undefined => {
    const c = text[i];
    if (c === '$') {
      i++;
      return { kind: 'last' };
    }
    const digits = /^\d+/.exec(text.slice(i));
    if (digits) {
      i += digits[0].length;
      return { kind: 'line', n: Number(digits[0]) };
    }
    if (c === '/') {
      i++;
      let body = '';
      while (i < text.length && text[i] !== '/') {
        if (text[i] === '\\' && i + 1 < text.length) body += text[i++];
        body += text[i++];
      }
      if (i >= text.length) fail('unterminated address regex');
      i++;
      return { kind: 're', re: compile(body, extended, '') };
    }
    return undefined;
  };
  const commands: Command[] = [];
  try {
    while (i < text.length) {
      while (i < text.length && /[\s;]/.test(text[i] as string)) i++;
      if (i >= text.length) break;
      const from = address();
      let to: Address | undefined;
      if (from && text[i] === ',') {
        i++;
        to = address();
        if (!to) fail('unexpected `,\'');
      }
      while (text[i] === ' ') i++;
      let negate = false;
      if (text[i] === '!') {
        negate = true;
        i++;
        while (text[i] === ' ') i++;
      }
      const name = text[i++];
      if (name === undefined) fail('missing command');
      const base = { ...(from ? { from } : {}), ...(to ? { to } : {}), negate };
      if (name === 'p' || name === 'd') commands.push({ ...base, name });
      else if (name === 'q') {
        const code = /^\s*(\d+)/.exec(text.slice(i));
        if (code) i += code[0].length;
        commands.push({ ...base, name: 'q', exitCode: code ? Number(code[1]) : 0 });
      } else if (name === 's') {
        const delim = text[i++];
        if (delim === undefined || delim === '\n' || delim === '\\') fail("unterminated `s' command");
        const pattern = delimited(delim as string);
        const replacement = delimited(delim as string);
        let global = false;
        let print = false;
        let nth = 1;
        let insensitive = false;
        while (i < text.length && !/[\s;}]/.test(text[i] as string)) {
          const f = text[i++] as string;
          if (f === 'g') global = true;
          else if (f === 'p') print = true;
          else if (f === 'I' || f === 'i') insensitive = true;
          else if (/\d/.test(f)) {
            const digits = /^\d*/.exec(text.slice(i))?.[0] ?? '';
            nth = Number(f + digits);
            i += digits.length;
          } else if (f === 'w' || f === 'e' || f === 'm' || f === 'M') throw new NotSimulated(`sed s///${f}`);
          else fail("unknown option to `s'");
        }
        commands.push({ ...base, name: 's', subst: { re: compile(pattern, extended, `g${insensitive ? 'i' : ''}`), replacement, global, nth, print } });
      } else if ('aicyNDPhHgGxlnbt:={}=rwezFTvWQ#'.includes(name as string)) throw new NotSimulated(`sed ${name}`);
      else fail(`unknown command: \`${name}'`);
      while (text[i] === ' ') i++;
      if (i < text.length && !/[;\n}]/.test(text[i] as string)) fail(`extra characters after command`);
    }
  } catch (e) {
    if (e instanceof SedError) return { ok: false, error: e.message };
    if (e instanceof NotSimulated) return { ok: false, notSimulated: e.message };
    throw e;
  }
  return { ok: true, commands };
}

/** `&` is the match, `\1`…`\9` the groups, `\&` and `\\` themselves. */
export function expand(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i] as string;
    if (c === '&') out += match[0];
    else if (c === '\\' && i + 1 < replacement.length) {
      const n = replacement[++i] as string;
      out += /\d/.test(n) ? (match[Number(n)] ?? '') : n;
    } else out += c;
  }
  return out;
}
