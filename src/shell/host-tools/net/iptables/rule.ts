/**
 * One iptables rule, parsed from its `-S` form (what the simulated kernel keeps) or from the
 * options a user typed, and written back in the canonical order iptables-save uses:
 * `-s -d -i -o -p`, the matches in the order they were loaded, then `-j TARGET` and its options.
 */
export interface Param {
  readonly value: string;
  readonly inv: boolean;
}

export interface MatchOption {
  readonly key: string; // without the leading --
  readonly value: string;
  readonly inv: boolean;
}

export interface Match {
  readonly name: string;
  readonly opts: MatchOption[];
}

export interface Rule {
  src?: Param;
  dst?: Param;
  in?: Param;
  out?: Param;
  proto?: Param;
  readonly matches: Match[];
  target?: string;
  goto?: boolean;
  readonly targetOpts: MatchOption[];
}

export const emptyRule = (): Rule => ({ matches: [], targetOpts: [] });

/** Splits a stored rule spec into words, honouring the double quotes iptables-save puts around a comment. */
export function specWords(spec: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(spec); m; m = re.exec(spec)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string));
  return words;
}

/** Parsed rules by spec: a big host lists the same specs again and again. */
const parsedSpecs = new Map<string, Rule>();

/** Parses a stored `-S` rule body (no `-A CHAIN`). Stored specs are canonical: no validation here. Do not mutate the result. */
export function parseSpec(spec: string): Rule {
  const cached = parsedSpecs.get(spec);
  if (cached) return cached;
  const r = emptyRule();
  const w = specWords(spec);
  let inv = false;
  let current: MatchOption[] | undefined;
  for (let i = 0; i < w.length; i++) {
    const t = w[i] as string;
    if (t === '!') {
      inv = true;
      continue;
    }
    if (t === '-s' || t === '-d' || t === '-i' || t === '-o' || t === '-p') {
      const p: Param = { value: w[++i] ?? '', inv };
      if (t === '-s') r.src = p;
      else if (t === '-d') r.dst = p;
      else if (t === '-i') r.in = p;
      else if (t === '-o') r.out = p;
      else r.proto = p;
    } else if (t === '-m') {
      const m: Match = { name: w[++i] ?? '', opts: [] };
      r.matches.push(m);
      current = m.opts;
    } else if (t === '-j' || t === '-g') {
      r.target = w[++i] ?? '';
      r.goto = t === '-g';
      current = r.targetOpts;
    } else if (t.startsWith('--') && current) {
      const next = w[i + 1];
      const value = next !== undefined && !next.startsWith('-') ? (i++, next) : '';
      current.push({ key: t.slice(2), value, inv });
    }
    inv = false;
  }
  if (parsedSpecs.size > 50_000) parsedSpecs.clear();
  parsedSpecs.set(spec, r);
  return r;
}

const quoteIfNeeded = (v: string): string => (/^[\w.:/,+-]+$/.test(v) ? v : `"${v.replace(/(["\\])/g, '\\$1')}"`);

function optText(o: MatchOption, quoted: boolean): string {
  const value = o.value === '' ? '' : ` ${quoted ? quoteIfNeeded(o.value) : o.value}`;
  return `${o.inv ? '! ' : ''}--${o.key}${value}`;
}

/** The canonical `-S` body of a rule. */
export function specText(r: Rule): string {
  const parts: string[] = [];
  const p = (flag: string, x: Param | undefined) => {
    if (x) parts.push(`${x.inv ? '! ' : ''}${flag} ${x.value}`);
  };
  p('-s', r.src);
  p('-d', r.dst);
  p('-i', r.in);
  p('-o', r.out);
  p('-p', r.proto);
  for (const m of r.matches) parts.push(`-m ${m.name}${m.opts.map((o) => ` ${optText(o, m.name === 'comment')}`).join('')}`);
  if (r.target) parts.push(`${r.goto ? '-g' : '-j'} ${r.target}${r.targetOpts.map((o) => ` ${optText(o, false)}`).join('')}`);
  return parts.join(' ');
}
