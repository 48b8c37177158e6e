import type { ProgramEntry } from '../../program.js';

/** ps, pstree, df, mount, ls, id, groups, whoami, sudo, su, newgrp, usermod, hostname, uname, systemctl. */
export const systemToolPrograms: readonly ProgramEntry[] = [];
