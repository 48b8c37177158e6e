import type { Program, ProgramEntry } from '../../program.js';
import { chmod } from './files/chmod.js';
import { df } from './files/df.js';
import { fileProgram } from './files/file-type.js';
import { find } from './files/find.js';
import { findmnt } from './files/findmnt.js';
import { ls } from './files/ls.js';
import { mount } from './files/mount.js';
import { rm } from './files/rm.js';
import { stat } from './files/stat.js';
import { mkdir, touch } from './files/touch-mkdir.js';
import { nsenter } from './nsenter.js';
import { pgrep } from './pgrep.js';
import { busyboxPs } from './ps/busybox-ps.js';
import { gnuPs } from './ps/gnu-ps.js';
import { pstree } from './pstree.js';
import { sed } from './sed/sed.js';
import { sleep } from './sleep.js';
import { systemctl } from './systemctl.js';
import { notSimulated } from './common.js';
import { gpasswd, getent, usermod } from './users/admin.js';
import { clear, hostname, uname } from './users/host-info.js';
import { groups, id, whoami } from './users/id.js';
import { newgrp, su, sudo } from './users/privilege.js';
import { pidof, which } from './which-pidof.js';

/** A program with a GNU (host, Debian/Ubuntu images) and a busybox implementation. */
const byFlavor = (gnu: Program, busybox: Program): Program => (args, ctx) => (ctx.flavor === 'busybox' ? busybox(args, ctx) : gnu(args, ctx));

/**
 * Processes, files, users and services of the simulated host (and, where the image has them,
 * of a container): ps, pgrep, pstree, ls, stat, df, mount, id, groups, whoami, sudo, su,
 * newgrp, usermod, gpasswd, getent, hostname, uname, clear, systemctl, nsenter, which, pidof,
 * findmnt, file, sed, find, touch, mkdir, rm, chmod, sleep.
 */
export const systemToolPrograms: readonly ProgramEntry[] = [
  { name: 'ps', run: byFlavor(gnuPs, busyboxPs), where: 'both' },
  // Debian's static busybox (the fixture images) has neither pgrep nor pstree.
  { name: 'pgrep', run: pgrep, where: 'host' },
  { name: 'pstree', run: pstree, where: 'host' },
  // A full-screen program: nothing a line-by-line terminal could show faithfully.
  { name: 'top', run: () => notSimulated('top', 127), where: 'both' },
  { name: 'ls', run: ls, where: 'both' },
  { name: 'stat', run: stat, where: 'both' },
  { name: 'df', run: df, where: 'both' },
  { name: 'mount', run: mount, where: 'both' },
  { name: 'id', run: id, where: 'both' },
  { name: 'groups', run: groups, where: 'both' },
  { name: 'whoami', run: whoami, where: 'both' },
  { name: 'hostname', run: hostname, where: 'both' },
  { name: 'uname', run: uname, where: 'both' },
  { name: 'clear', run: clear, where: 'both' },
  { name: 'sudo', run: sudo, where: 'host' },
  { name: 'su', run: su, where: 'host' },
  { name: 'newgrp', run: newgrp, where: 'host' },
  { name: 'usermod', run: usermod, where: 'host' },
  { name: 'gpasswd', run: gpasswd, where: 'host' },
  { name: 'getent', run: getent, where: 'host' },
  { name: 'systemctl', run: systemctl, where: 'host' },
  { name: 'nsenter', run: nsenter, where: 'host' },
  // busybox's which prints the same; in a container it looks at the image's files.
  { name: 'which', run: which, where: 'both' },
  { name: 'pidof', run: pidof, where: 'host' },
  { name: 'findmnt', run: findmnt, where: 'host' },
  { name: 'file', run: fileProgram, where: 'host' },
  { name: 'sed', run: sed, where: 'host' },
  { name: 'find', run: find, where: 'host' },
  { name: 'touch', run: touch, where: 'host' },
  { name: 'mkdir', run: mkdir, where: 'host' },
  { name: 'rm', run: rm, where: 'host' },
  { name: 'chmod', run: chmod, where: 'host' },
  // Both userlands have it (coreutils, a busybox applet); it moves the simulated clock on.
  { name: 'sleep', run: sleep, where: 'both' },
];
