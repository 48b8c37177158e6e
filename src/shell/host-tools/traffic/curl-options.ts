/** The curl options the simulator understands; anything else is refused plainly. */
export interface CurlOptions {
  readonly url?: string;
  readonly silent: boolean;
  readonly showError: boolean;
  readonly head: boolean;
  readonly include: boolean;
  readonly output?: string;
  readonly method?: string;
  readonly unixSocket?: string;
  readonly maxTime?: number;
  readonly connectTimeout?: number;
}

export type CurlArgs = { readonly ok: true; readonly options: CurlOptions } | { readonly ok: false; readonly option: string };

const LONG_FLAGS: Readonly<Record<string, string>> = { '--silent': 's', '--show-error': 'S', '--head': 'I', '--include': 'i', '--location': 'L', '--ipv4': '4' };
const LONG_VALUES: Readonly<Record<string, string>> = { '--output': 'o', '--request': 'X', '--max-time': 'm', '--unix-socket': 'unix-socket', '--connect-timeout': 'connect-timeout' };
const SHORT_VALUES = new Set(['o', 'X', 'm']);
const SHORT_FLAGS = new Set(['s', 'S', 'I', 'i', 'L', '4']);

export function parseCurlArgs(args: readonly string[]): CurlArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a.startsWith('--')) {
      const [name = '', inline] = a.split(/=(.*)/s);
      const flag = LONG_FLAGS[name];
      const value = LONG_VALUES[name];
      if (flag) flags.add(flag);
      else if (value) {
        const v = inline ?? args[++i];
        if (v === undefined) return { ok: false, option: a };
        values.set(value, v);
      } else return { ok: false, option: a };
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      urls.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j] ?? '';
      if (SHORT_FLAGS.has(f)) flags.add(f);
      else if (SHORT_VALUES.has(f)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return { ok: false, option: a };
        values.set(f, v);
        break;
      } else return { ok: false, option: a };
    }
  }
  if (urls.length > 1) return { ok: false, option: urls.slice(1).join(' ') };
  const num = (k: string): number | undefined => (values.has(k) ? Number(values.get(k)) : undefined);
  const maxTime = num('m');
  const connectTimeout = num('connect-timeout');
  return {
    ok: true,
    options: {
      ...(urls[0] !== undefined ? { url: urls[0] } : {}),
      silent: flags.has('s'),
      showError: flags.has('S'),
      head: flags.has('I'),
      include: flags.has('i'),
      ...(values.has('o') ? { output: values.get('o') } : {}),
      ...(values.has('X') ? { method: values.get('X') } : {}),
      ...(values.has('unix-socket') ? { unixSocket: values.get('unix-socket') } : {}),
      ...(maxTime !== undefined ? { maxTime } : {}),
      ...(connectTimeout !== undefined ? { connectTimeout } : {}),
    },
  };
}
