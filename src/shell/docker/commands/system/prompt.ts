/**
 * The CLI's confirmation prompt (internal/prompt.Confirm): the question and ` [y/N] ` on
 * stdout, then one line of stdin; only `y`/`Y` agrees. With no stdin (a replayed line, a
 * pipe that ends) the answer is no and the command is cancelled, exiting 0 in silence.
 */
export function confirm(stdin: string, message: string): { readonly yes: boolean; readonly prompt: string } {
  const line = stdin.split('\n')[0] ?? '';
  return { yes: stdin !== '' && line.trim().toLowerCase() === 'y', prompt: `${message} [y/N] ` };
}
