import type { ProgramEntry } from '../../program.js';
import { curl } from './curl.js';
import { nc } from './nc.js';
import { nslookup } from './nslookup.js';
import { ping } from './ping.js';
import { ssh } from './ssh.js';
import { wget } from './wget.js';

/**
 * ping, nslookup, curl, wget, nc, ssh: traffic on the simulated network, each packet's fate
 * decided by sim/net from the machine's routes, bridges and iptables rules.
 */
const hostOnlyNotSimulated = (name: string): ProgramEntry => ({
  name, where: 'host',
  run: () => ({ stdout: '', stderr: `dockerlings: '${name}' is not simulated yet — try it with --backend docker\n`, exitCode: 127 }),
});

export const trafficToolPrograms: readonly ProgramEntry[] = [
  { name: 'ping', where: 'both', run: ping },
  { name: 'curl', where: 'both', run: curl },
  { name: 'nc', where: 'both', run: nc },
  { name: 'wget', where: 'container', run: wget },
  { name: 'nslookup', where: 'container', run: nslookup },
  { name: 'ssh', where: 'host', run: ssh },
  // Ubuntu's own wget (GNU) and nslookup (bind9) print differently from busybox's; telnet is not modelled.
  hostOnlyNotSimulated('wget'),
  hostOnlyNotSimulated('nslookup'),
  hostOnlyNotSimulated('telnet'),
];
