/**
 * Raw terminal input → keys, as readline understands them. Ink's own key parsing reports both
 * Backspace (DEL, 0x7f) and the Delete key as "delete", and a shell must tell them apart, so
 * the shell input decodes the raw sequences itself.
 */
export type KeyName =
  | 'text'
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'pageup'
  | 'pagedown'
  | 'wordleft'
  | 'wordright'
  | 'killwordforward'
  | 'killwordback'
  | 'tab'
  | 'escape'
  | 'f2'
  | 'ctrl'
  | 'unknown';

export interface Key {
  readonly name: KeyName;
  /** The text typed (name `text`), or the letter of a Ctrl key (name `ctrl`: `a` for Ctrl+A). */
  readonly text?: string;
}

const CSI_KEYS: Readonly<Record<string, KeyName>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
  '5~': 'pageup',
  '6~': 'pagedown',
  // Ctrl/Alt + arrows: word motion, as in bash with the usual inputrc.
  '1;5C': 'wordright',
  '1;5D': 'wordleft',
  '1;3C': 'wordright',
  '1;3D': 'wordleft',
  '1;5H': 'home',
  '1;5F': 'end',
  // F2: `ESC O Q` (xterm, most terminals) or `ESC [ 12 ~` (rxvt and older ones).
  Q: 'f2',
  '12~': 'f2',
};

/** Splits a chunk of input into keys; pasted text comes back as text keys and enters. */
export function decodeKeys(chunk: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') keys.push({ name: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < chunk.length) {
    const c = chunk[i] as string;
    const code = c.charCodeAt(0);
    if (c === '\u001b') {
      flush();
      const rest = chunk.slice(i + 1);
      const csi = /^[[O]([0-9;]*)([A-Za-z~])/.exec(rest);
      if (csi) {
        const final = csi[2] as string;
        // An arrow with a modifier we give no meaning (Shift+↑) is still the arrow.
        const name = CSI_KEYS[`${csi[1] ?? ''}${final}`] ?? (/^[ABCDHF]$/.test(final) ? CSI_KEYS[final] : undefined) ?? 'unknown';
        keys.push({ name });
        i += 1 + csi[0].length;
        continue;
      }
      const alt = rest[0];
      if (alt === 'b' || alt === 'B') keys.push({ name: 'wordleft' });
      else if (alt === 'f' || alt === 'F') keys.push({ name: 'wordright' });
      else if (alt === 'd' || alt === 'D') keys.push({ name: 'killwordforward' });
      else if (alt === '\u007f' || alt === '\b') keys.push({ name: 'killwordback' });
      else if (alt === undefined || alt === '\u001b') keys.push({ name: 'escape' });
      else {
        keys.push({ name: 'unknown' });
      }
      i += alt === undefined || alt === '\u001b' ? 1 : 2;
      continue;
    }
    if (c === '\r' || c === '\n') {
      flush();
      keys.push({ name: 'enter' });
      // A terminal sends CR; a paste may bring CRLF: one line end either way.
      i += c === '\r' && chunk[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c === '\u007f' || c === '\b') {
      flush();
      keys.push({ name: 'backspace' });
      i++;
      continue;
    }
    if (c === '\t') {
      flush();
      keys.push({ name: 'tab' });
      i++;
      continue;
    }
    if (code < 0x20) {
      flush();
      keys.push({ name: 'ctrl', text: String.fromCharCode(code + 0x60) });
      i++;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return keys;
}
