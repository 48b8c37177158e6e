import { isIPv4 } from '../../../sim/net/ip.js';
import { dnsQuery, firstNameserver } from '../../../sim/net/resolve.js';
import type { Program } from '../../program.js';
import { netPlace, pingProbe } from './net-context.js';

/**
 * busybox nslookup (1.35, its own resolver): it asks the first nameserver of resolv.conf (or
 * the one given) for A and AAAA records, or PTR for an address, and prints each answer as it
 * comes. Docker's embedded DNS answers A for the names on the asker's networks and an empty
 * AAAA; the simulator prints A first (on a real engine the two race). Output recorded with:
 *   docker exec htr-w1 nslookup htr-w2      (user network)
 *   busybox nslookup htr-nosuch 127.0.0.1:5353   (against a stub answering NXDOMAIN)
 */
const NOT_SIMULATED = (what: string) => ({ stdout: '', stderr: `dockerlings: 'nslookup ${what}' is not simulated yet — try it with --backend docker\n`, exitCode: 1 });

const reverseZone = (ip: string): string => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

export const nslookup: Program = (args, ctx) => {
  const operands = args.filter((a) => !a.startsWith('-'));
  const option = args.find((a) => a.startsWith('-'));
  if (option) return NOT_SIMULATED(option);
  const [name, serverArg] = operands;
  if (name === undefined || operands.length > 2) return NOT_SIMULATED(args.join(' '));
  const resolv = ctx.readFile('/etc/resolv.conf');
  const server = serverArg ?? (resolv.kind === 'file' ? firstNameserver(resolv.content) : undefined) ?? '127.0.0.1';
  const [serverIp = server, port] = server.split(':');
  if (!isIPv4(serverIp)) return NOT_SIMULATED(`${name} ${server}`);
  const shown = port ? server : serverIp;
  const place = netPlace(ctx);
  if (pingProbe(place, serverIp).kind === 'no-route') {
    return { stdout: '', stderr: `nslookup: can't connect to remote host (${serverIp}): Network is unreachable\n`, exitCode: 1 };
  }
  let out = `Server:\t\t${shown}\nAddress:\t${serverIp}:${port ?? '53'}\n\n`;
  const answer = dnsQuery(ctx.host, ctx.container, port && port !== '53' ? '' : serverIp, name);
  if (isIPv4(name)) {
    if (answer.kind !== 'ptr') return { stdout: `${out}** server can't find ${reverseZone(name)}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
    return { stdout: `${out}Non-authoritative answer:\n${reverseZone(name)}\tname = ${answer.name}\n\n`, stderr: '', exitCode: 0 };
  }
  if (answer.kind !== 'a') {
    const miss = `** server can't find ${name}: NXDOMAIN\n\n`;
    return { stdout: out + miss + miss, stderr: '', exitCode: 1 };
  }
  out += `Non-authoritative answer:\n${answer.ips.map((ip) => `Name:\t${name}\nAddress: ${ip}\n`).join('')}\n`;
  out += 'Non-authoritative answer:\n\n';
  return { stdout: out, stderr: '', exitCode: 0 };
};
