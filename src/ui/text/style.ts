/**
 * The few text styles the UI uses, as plain SGR sequences so a frame is the same string in a
 * test and in a terminal (no colour-support detection here: the caller decides, from
 * NO_COLOR, --no-color and whether stdout is a terminal). Without colour every style is the
 * identity: NO_COLOR means no escape sequences at all.
 */
export type Paint = (s: string) => string;

export interface Style {
  readonly color: boolean;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly italic: Paint;
  readonly underline: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly magenta: Paint;
  readonly cyan: Paint;
  readonly gray: Paint;
  /** The prompt's `user@host` part, as Ubuntu's bash colours it (bold green). */
  readonly promptUser: Paint;
  /** The prompt's directory part (bold blue). */
  readonly promptPath: Paint;
}

const sgr =
  (open: string, close: string): Paint =>
  (s) =>
    s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`;

const identity: Paint = (s) => s;

export function makeStyle(color: boolean): Style {
  if (!color) {
    return { color, bold: identity, dim: identity, italic: identity, underline: identity, red: identity, green: identity, yellow: identity, blue: identity, magenta: identity, cyan: identity, gray: identity, promptUser: identity, promptPath: identity };
  }
  const bold = sgr('1', '22');
  const green = sgr('32', '39');
  const blue = sgr('34', '39');
  return {
    color,
    bold,
    dim: sgr('2', '22'),
    italic: sgr('3', '23'),
    underline: sgr('4', '24'),
    red: sgr('31', '39'),
    green,
    yellow: sgr('33', '39'),
    blue,
    magenta: sgr('35', '39'),
    cyan: sgr('36', '39'),
    gray: sgr('90', '39'),
    promptUser: (s) => bold(green(s)),
    promptPath: (s) => bold(blue(s)),
  };
}

/**
 * Whether to colour: never with NO_COLOR (any non-empty value, no-color.org) or --no-color;
 * FORCE_COLOR=0 also turns it off; otherwise when the output is a terminal.
 */
export function wantColor(env: NodeJS.ProcessEnv, noColorFlag: boolean, isTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
