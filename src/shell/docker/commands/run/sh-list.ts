/**
 * The shape of a `sh -c` script that PID 1 runs: a plain list of simple commands joined by
 * `;`, `&&` or newlines (`echo x > /tmp/f; sleep 3600`). Such a script runs its head and then
 * its last command, which may keep the container up; anything richer (pipes, `||`, loops,
 * subshells, substitutions) is left whole to the shell.
 */
export interface ShList {
  /** Everything before the last command, as shell text ('' when the script is one command). */
  readonly head: string;
  /** What joins the head to the last command: its exit status matters after `&&`. */
  readonly joiner: ';' | '&&' | '';
  /** The last command's words, unquoted. */
  readonly last: readonly string[];
  /** The command names the head runs (`mkdir`, `cd`…), for the caller to tell whether it can run them. */
  readonly headCommands: readonly string[];
}

const RICH = /[|(){}`<]|\$\(|\b(while|until|for|if|case|function)\b/;

/** Splits a script at top-level `;`, `&&` and newlines (not inside quotes); undefined if it is not a plain list. */
export function splitShList(script: string): ShList | undefined {
  const parts: { text: string; joiner: ';' | '&&' | '' }[] = [];
  let cur = '';
  let quote: '"' | "'" | undefined;
  let joiner: ';' | '&&' | '' = '';
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === '\\') cur += script[i++] ?? '';
      cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
      continue;
    }
    if (RICH.test(ch)) return undefined;
    if (ch === ';' || ch === '\n' || (ch === '&' && script[i + 1] === '&')) {
      if (ch === '&') i++;
      if (cur.trim()) parts.push({ text: cur.trim(), joiner });
      joiner = ch === '&' ? '&&' : ';';
      cur = '';
      continue;
    }
    if (ch === '&') return undefined; // a background job
    cur += ch;
  }
  if (quote) return undefined;
  if (cur.trim()) parts.push({ text: cur.trim(), joiner });
  const lastPart = parts.pop();
  if (!lastPart || parts.some((p) => RICH.test(unquoted(p.text))) || RICH.test(unquoted(lastPart.text))) return undefined;
  const last = words(lastPart.text);
  if (!last || last.some((w) => w.includes('$'))) return undefined;
  const head = parts.map((p, i) => (i === 0 ? p.text : `${p.joiner === '&&' ? ' && ' : '; '}${p.text}`)).join('');
  // Each head command's name: its first word that is not a VAR=value assignment.
  const headCommands = parts.map((p) => (unquoted(p.text).split(/\s+/).find((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ?? ''));
  return { head, joiner: parts.length === 0 ? '' : lastPart.joiner, last, headCommands };
}

/** The text outside quotes, for spotting keywords and operators. */
function unquoted(text: string): string {
  return text.replace(/'[^']*'|"(?:\\.|[^"\\])*"/g, '""');
}

/** Splits one simple command into words, removing quotes; undefined when it has redirections. */
function words(text: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === '\\' && i + 1 < text.length) cur += text[++i];
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (ch === '>' || ch === '<') return undefined;
    else if (/\s/.test(ch)) {
      if (started) out.push(cur);
      cur = '';
      started = false;
    } else {
      cur += ch;
      started = true;
    }
  }
  if (started) out.push(cur);
  return out;
}
