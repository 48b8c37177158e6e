// How GNU coreutils quote file names in messages (gnulib quotearg, shell-escape style):
// `cat: 'a b': No such file or directory`, `head: cannot open 'x' for reading`. grep and
// busybox print names as they are.

const SPECIAL = /[\s!"$&'()*;<=>?[\\\]^`|]/u;
const isControl = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};
const hasControl = (s: string): boolean => [...s].some(isControl);

/** Quoted only when needed (coreutils' quotef; its colon variant also quotes `:`). */
export function quoteIfNeeded(name: string): string {
  const needs = name === '' || SPECIAL.test(name.replaceAll(']', '')) || hasControl(name) || /^[#~]/.test(name) || name.includes(':');
  return needs ? quoteAlways(name) : name;
}

/** Always quoted (coreutils' quoteaf): 'x', "it's", 'new'$'\n''line'. */
export function quoteAlways(name: string): string {
  if (hasControl(name)) {
    // Runs of ordinary characters in quotes, each control character as $'\n'.
    const parts: string[] = [];
    for (const ch of name) {
      if (isControl(ch)) parts.push(ch);
      else if (parts.length > 0 && !isControl(parts[parts.length - 1] ?? '\n')) parts[parts.length - 1] += ch;
      else parts.push(ch);
    }
    return parts.map((part) => (isControl(part) ? `$'${controlEscape(part)}'` : quoteAlways(part))).join('');
  }
  if (name.includes("'") && !/["$`\\!]/.test(name)) return `"${name}"`;
  return `'${name.replaceAll("'", "'\\''")}'`;
}

function controlEscape(ch: string): string {
  const named: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  return named[ch] ?? `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}`;
}
