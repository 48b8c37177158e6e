import type { ProcRow } from './view.js';

/** AppArmor confines containers with docker-default; everything else on the host is unconfined. */
export const labelOf = (r: ProcRow): string => (r.proc.pidns === 'host' ? 'unconfined' : 'docker-default (enforce)');
