// Character classes of Go's template lexer (lex.go's helpers).

export const EOF = -1;

export function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}_]$/u;

/** Letters, digits and underscore (unicode.IsLetter / IsDigit). */
export function isAlphaNumeric(r: number): boolean {
  return r !== EOF && LETTER_OR_DIGIT.test(String.fromCodePoint(r));
}

/** "{{- ": a trim marker after the left delimiter needs a space after it (so {{-3}} is a number). */
export function hasLeftTrimMarker(s: string): boolean {
  return s.length >= 2 && s[0] === '-' && isSpace(s.charCodeAt(1));
}

/** " -}}": a trim marker before the right delimiter needs a space before it. */
export function hasRightTrimMarker(s: string): boolean {
  return s.length >= 2 && isSpace(s.charCodeAt(0)) && s[1] === '-';
}
