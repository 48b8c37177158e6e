import type { BoundSocket } from '../../../sim/daemon/listening-sockets.js';
import { serviceName } from './services.js';

/**
 * The part of ss's filter language learners use: `sport = :8080`, `dport != :http`,
 * `sport gt :1024`, `( … or … )`, `and`, `not`, and `state listening` (which leaves the State
 * column out, as there is only one). The filter is the words after the options, joined.
 * What it does not parse it reports as unsupported (not simulated).
 */
export type SocketTest = (s: BoundSocket) => boolean;

export type ParsedFilter =
  | { readonly test: SocketTest; readonly listeningOnly: boolean }
  | { readonly error: string }
  | { readonly unsupported: true };

const OPS: Record<string, string> = { '=': 'eq', '==': 'eq', eq: 'eq', '!=': 'ne', ne: 'ne', '>': 'gt', gt: 'gt', '<': 'lt', lt: 'lt', '>=': 'ge', ge: 'ge', '<=': 'le', le: 'le' };

class Unsupported extends Error {}
class BadPort extends Error {}

/** `:8080`, `8080` or `:http-alt` (a name from /etc/services). */
function portOf(word: string, proto: 'tcp' | 'udp'): number {
  const p = word.startsWith(':') ? word.slice(1) : word;
  if (/^\d+$/.test(p)) return Number(p);
  for (let n = 1; n <= 65535; n++) if (serviceName(n, proto) === p) return n;
  throw new BadPort(p);
}

export function parseSsFilter(words: readonly string[]): ParsedFilter {
  // "( sport = :80 )" may come as one quoted word or several: split on spaces and around parentheses.
  const t = words.join(' ').replace(/([()])/g, ' $1 ').split(/\s+/).filter(Boolean);
  let i = 0;
  let listeningOnly = false;
  const compare = (which: 'sport' | 'dport'): SocketTest => {
    let op = 'eq';
    if (t[i] !== undefined && OPS[t[i] as string]) op = OPS[t[i++] as string] as string;
    const word = t[i++];
    if (word === undefined) throw new Unsupported();
    const want = portOf(word, 'tcp');
    return (s) => {
      const port = which === 'sport' ? s.port : 0; // a listening socket has no peer port
      return op === 'eq' ? port === want : op === 'ne' ? port !== want : op === 'gt' ? port > want : op === 'lt' ? port < want : op === 'ge' ? port >= want : port <= want;
    };
  };
  const term = (): SocketTest => {
    const w = t[i++];
    if (w === '(') {
      const e = expr();
      if (t[i++] !== ')') throw new Unsupported();
      return e;
    }
    if (w === '!' || w === 'not') {
      const inner = term();
      return (s) => !inner(s);
    }
    if (w === 'sport' || w === 'dport') return compare(w);
    if (w === 'state' && t[i] === 'listening') {
      i++;
      listeningOnly = true;
      return () => true;
    }
    throw new Unsupported();
  };
  const expr = (): SocketTest => {
    let left = term();
    while (i < t.length && t[i] !== ')') {
      const w = t[i];
      if (w === 'or' || w === '|' || w === '||') {
        i++;
        const l = left;
        const r = term();
        left = (s) => l(s) || r(s);
      } else {
        if (w === 'and' || w === '&' || w === '&&') i++;
        const l = left;
        const r = term();
        left = (s) => l(s) && r(s);
      }
    }
    return left;
  };
  try {
    if (t.length === 0) return { test: () => true, listeningOnly };
    const test = expr();
    if (i < t.length) return { unsupported: true };
    return { test, listeningOnly };
  } catch (e) {
    if (e instanceof BadPort) return { error: `Error: "${e.message}" does not look like a port.\nCannot parse dst/src address.\n` };
    return { unsupported: true };
  }
}
