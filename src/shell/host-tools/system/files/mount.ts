import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { notSimulated } from '../common.js';
import { mountTable } from './mount-view.js';

/**
 * `mount` without a device lists the mount table (util-linux 2.37 and busybox print the same
 * `SOURCE on TARGET type TYPE (OPTIONS)` lines); `-t` keeps some types. Mounting is not simulated.
 */
export function mount(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('mount', args, busybox ? { short: 'afinrvwt:T:O:o:' } : {
    short: 'alt:o:O:nrwvfiB',
    long: [{ name: 'types', key: 't', arg: 'required' }, { name: 'show-labels', key: 'l', arg: 'none' }, { name: 'all', key: 'a', arg: 'none' }],
  }, ctx.flavor);
  if (!parsed.ok) {
    return { stdout: '', stderr: busybox ? `${parsed.message}\n${bbUsage('mount')}` : `${parsed.message}\nTry 'mount --help' for more information.\n`, exitCode: busybox ? 1 : 1 };
  }
  const other = parsed.options.find((o) => o.key !== 't' && o.key !== 'l');
  if (parsed.operands.length > 0 || other) return notSimulated(['mount', ...args].join(' '));
  const types = parsed.options.filter((o) => o.key === 't').flatMap((o) => (o.value ?? '').split(','));
  const rows = mountTable(ctx).filter((m) => types.length === 0 || types.includes(m.fstype));
  return { stdout: rows.map((m) => `${m.source} on ${m.target} type ${m.fstype} (${m.options})\n`).join(''), stderr: '', exitCode: 0 };
}
