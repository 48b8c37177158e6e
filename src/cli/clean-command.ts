import { existsSync } from 'node:fs';
import { type CleanItem, type CleanReport, cleanTracked } from '../backend/docker/cleanup.js';
import { Ledger } from '../backend/docker/ledger.js';
import { shortId } from '../backend/docker/snapshot.js';
import { createUserShell } from '../backend/docker/user-shell.js';
import { resolveRealUser } from '../backend/docker-user.js';

const SHOWN = 8;

function label(i: { readonly kind: CleanItem['kind']; readonly id: string; readonly name: string }): string {
  if (i.kind === 'volume') return `volume ${i.id}`;
  if (i.kind === 'image') return `image ${shortId('image', i.id)}`;
  if (i.kind === 'tag') return `tag ${i.id} (of image ${shortId('image', i.name)})`;
  return `${i.kind} ${i.name} (${shortId(i.kind, i.id)})`;
}

/** The report as a learner reads it: removed, already gone, failed, undone, and what was left alone. */
export function formatClean(r: CleanReport): string {
  const out: string[] = [];
  if (r.engineError) out.push(`The engine does not answer, so nothing was removed (the record is kept for later):\n  ${r.engineError}`);
  if (r.removed.length > 0) {
    out.push('Removed what dockerlings created:');
    for (const i of r.removed) out.push(`  ${label(i)}, made by: ${i.line}${i.interrupted ? ' (found after dockerlings was interrupted)' : ''}`);
  }
  if (r.alreadyGone.length > 0) out.push(`Already gone: ${r.alreadyGone.map(label).join(', ')}`);
  for (const f of r.failed) out.push(`Could not remove ${label(f.item)}: ${f.reason}`);
  for (const h of r.hostChanges) {
    if (!h.problem) out.push(`Undone on this machine: ${h.what} (${h.undo.join('; ') || 'nothing was left to undo'})`);
    else out.push(`Not undone: ${h.what}, by \`${h.command}\`: ${h.problem}${h.undo.length > 0 ? ` (${h.undo.join('; ')})` : ''}`);
  }
  if (!r.engineError && r.removed.length + r.alreadyGone.length + r.failed.length + r.hostChanges.length === 0) out.push('Nothing to clean: dockerlings has no record of anything it created on this engine.');
  const left: string[] = [];
  for (const [kind, list] of Object.entries(r.preexisting)) {
    if (!list || list.length === 0) continue;
    if (kind === 'tag') continue; // the images' names: counted with the images
    const names = kind === 'image' ? [] : list.map((x) => (kind === 'volume' ? shortId('volume', x.id) : x.name)).slice(0, SHOWN);
    left.push(`${list.length} ${kind}${list.length === 1 ? '' : 's'}${names.length > 0 ? ` (${names.join(', ')}${list.length > SHOWN ? ', …' : ''})` : ''}`);
  }
  if (left.length > 0) out.push(`Left as they were, because dockerlings did not create them: ${left.join('; ')}.`);
  if (r.engineError) {
    const count = r.otherEngines.reduce((n, o) => n + o.count, 0);
    if (count > 0) out.push(`${count} resource${count === 1 ? ' is' : 's are'} recorded; run dockerlings clean again once the engine answers.`);
    return `${out.join('\n')}\n`;
  }
  for (const o of r.otherEngines) out.push(`Also recorded: ${o.count} resource${o.count === 1 ? '' : 's'} on another engine${o.host ? ` (${o.host})` : ''}; run clean again with that engine selected (DOCKER_HOST or docker context use).`);
  if (r.liveSessions > 0 && r.removed.length > 0) out.push(`Note: ${r.liveSessions === 1 ? 'a tutorial is' : `${r.liveSessions} tutorials are`} still running; what ${r.liveSessions === 1 ? 'it' : 'they'} created was removed too.`);
  return `${out.join('\n')}\n`;
}

/** `dockerlings clean [--json]`: exit 1 when something could not be removed or undone, or the engine does not answer. */
export async function cleanCommand(json: boolean): Promise<number> {
  const user = resolveRealUser(undefined);
  const shell = createUserShell({ user, cwd: existsSync(user.home) ? user.home : '/', timeoutMs: 120_000 });
  const ledger = new Ledger();
  const report = await cleanTracked({ sh: (l, t) => shell.run(l, t), ledger, sessions: 'all' });
  if (ledger.notice) process.stderr.write(`${ledger.notice}\n`);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatClean(report));
  return report.engineError || report.failed.length > 0 || report.hostChanges.some((h) => h.problem && h.undo.length > 0) ? 1 : 0;
}
