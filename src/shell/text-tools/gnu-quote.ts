// How GNU coreutils quote file names in messages (gnulib quotearg, shell-escape style):
// `cat: 'a b': No such file or directory`, `head: cannot open 'x' for reading`. grep and
// busybox print names as they are.

const SPECIAL = /[\s!"$&'()*;<=>?[\\\]^`|]/u;
const CONTROL = /[\x00-\x1f\x7f]/;

/** Quoted only when needed (coreutils' quotef; its colon variant also quotes `:`). */
export function quoteIfNeeded(name: string): string {
  const needs = name === '' || SPECIAL.test(name.replaceAll(']', '')) || CONTROL.test(name) || /^[#~]/.test(name) || name.includes(':');
  return needs ? quoteAlways(name) : name;
}

/** Always quoted (coreutils' quoteaf): 'x', "it's", 'new'$'\n''line'. */
export function quoteAlways(name: string): string {
  if (CONTROL.test(name)) {
    return name
      .split(/([\x00-\x1f\x7f])/)
      .filter((part) => part !== '')
      .map((part) => (CONTROL.test(part) ? `$'${controlEscape(part)}'` : quoteAlways(part)))
      .join('');
  }
  if (name.includes("'") && !/["$`\\!]/.test(name)) return `"${name}"`;
  return `'${name.replaceAll("'", "'\\''")}'`;
}

function controlEscape(ch: string): string {
  const named: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  return named[ch] ?? `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}`;
}
