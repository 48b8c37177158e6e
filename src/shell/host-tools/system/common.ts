import type { CommandResult } from '../../command-result.js';

/** What the simulator answers for a real command or option it does not model. */
export function notSimulated(what: string, exitCode: 1 | 127 = 1): CommandResult {
  return { stdout: '', stderr: `dockerlings: '${what}' is not simulated yet — try it with --backend docker\n`, exitCode };
}

/**
 * coreutils quotes file and user names with ‘…’ in a UTF-8 locale (the host's LANG=C.UTF-8)
 * and with '…' in the C locale.
 */
export function quoteName(name: string, env: ReadonlyMap<string, string>): string {
  const locale = env.get('LC_ALL') || env.get('LC_CTYPE') || env.get('LANG') || '';
  return /utf-?8/i.test(locale) ? `‘${name}’` : `'${name}'`;
}
