import type { Program, ProgramEntry } from '../../program.js';
import { df } from './files/df.js';
import { ls } from './files/ls.js';
import { mount } from './files/mount.js';
import { stat } from './files/stat.js';
import { pgrep } from './pgrep.js';
import { busyboxPs } from './ps/busybox-ps.js';
import { gnuPs } from './ps/gnu-ps.js';
import { pstree } from './pstree.js';

/** A program with a GNU (host, Debian/Ubuntu images) and a busybox implementation. */
const byFlavor = (gnu: Program, busybox: Program): Program => (args, ctx) => (ctx.flavor === 'busybox' ? busybox(args, ctx) : gnu(args, ctx));

/** ps, pstree, df, mount, ls, id, groups, whoami, sudo, su, newgrp, usermod, hostname, uname, systemctl. */
export const systemToolPrograms: readonly ProgramEntry[] = [
  { name: 'ps', run: byFlavor(gnuPs, busyboxPs), where: 'both' },
  // Debian's static busybox (the fixture images) has neither pgrep nor pstree.
  { name: 'pgrep', run: pgrep, where: 'host' },
  { name: 'pstree', run: pstree, where: 'host' },
  { name: 'ls', run: ls, where: 'both' },
  { name: 'stat', run: stat, where: 'both' },
  { name: 'df', run: df, where: 'both' },
  { name: 'mount', run: mount, where: 'both' },
];
