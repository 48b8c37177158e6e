import { sandboxNetfilter } from '../../../../sim/daemon/sandbox-netfilter.js';
import type { Chain, Netfilter, TableName } from '../../../../sim/kernel/iptables.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../not-simulated.js';
import { buildRule } from './build-rule.js';
import { chainBlock, type ListOptions, referenceCounts, ruleLine } from './list.js';
import { type Invocation, parseArgs } from './parse-args.js';
import { specText } from './rule.js';
import { chainBusy, incompatibleChain, IPTABLES_HELP, KERNEL_ERRORS, NOT_ROOT, noTable, paramProblem } from './texts.js';

/**
 * iptables (1.8.9, nf_tables) on the simulated kernel's netfilter tables: `-L` and `-S` in
 * all their forms, and for root the edits lessons use — `-A/-I/-D/-C` of a rule, `-F`, `-N`,
 * `-X`, `-P`, `-Z`. Only root may use it (the learner gets the kernel's refusal; `sudo`
 * runs it as root); a container needs --privileged and sees its own namespace's tables
 * (read-only here).
 */
const TABLES = new Set(['filter', 'nat', 'mangle', 'raw']);

/** xshared.c's table of options each command accepts ('x' = illegal): n s d p j v x i o line-numbers c f. */
const LEGAL_COLUMNS = ['n', 's', 'd', 'p', 'j', 'v', 'x', 'i', 'o', 'l', 'c', 'f'];
const ILLEGAL: Record<string, string> = {
  I: 'x     x  x  ', D: 'x     x  xx ', DN: 'xxxxx xxxxxx', R: 'x     x  x  ', A: 'x     x  x  ', L: ' xxxx  xx xx',
  F: 'xxxxx xxxxxx', Z: 'xxxxx xxxxxx', N: 'xxxxx xxxxxx', X: 'xxxxx xxxxxx', P: 'xxxxx xxxx x', E: 'xxxxx xxxxxx',
  S: 'xxxxx xxxxxx', C: 'x     x  xx ',
};

function illegalOption(inv: Invocation): string | undefined {
  const row = ILLEGAL[inv.command === 'D' && inv.rulenum !== undefined ? 'DN' : (inv.command as string)] ?? '';
  for (const [i, letter] of LEGAL_COLUMNS.entries()) {
    if (row[i] === 'x' && inv.used.has(letter)) return letter === 'l' ? '--line-numbers' : `-${letter}`;
  }
  return undefined;
}

/** Built-in chains first in the kernel's order, then user chains by name (as -L and -S list them). */
function orderedChains(nf: Netfilter, t: TableName): Chain[] {
  const all = [...nf.table(t).values()];
  return [...all.filter((c) => c.policy), ...all.filter((c) => !c.policy).sort((a, b) => (a.name < b.name ? -1 : 1))];
}

function list(nf: Netfilter, t: TableName, inv: Invocation): CommandResult {
  const o: ListOptions = { numeric: inv.numeric, verbose: inv.verbose, exact: inv.exact, lineNumbers: inv.lineNumbers };
  const chains = orderedChains(nf, t);
  if (inv.chain !== undefined) {
    const c = nf.chain(t, inv.chain);
    if (!c) return fail(incompatibleChain(inv.chain, t), 1);
    if (inv.rulenum !== undefined) {
      const spec = c.rules[inv.rulenum - 1];
      return ok(spec === undefined ? '' : ruleLine(spec, inv.rulenum, o));
    }
    return ok(chainBlock(c, referenceCounts(chains).get(c.name) ?? 0, o));
  }
  const refs = referenceCounts(chains);
  return ok(chains.map((c) => chainBlock(c, refs.get(c.name) ?? 0, o)).join('\n'));
}

function listRules(nf: Netfilter, t: TableName, inv: Invocation, args: readonly string[]): CommandResult {
  if (inv.verbose) return notSimulated('iptables', args);
  if (inv.chain !== undefined) {
    const c = nf.chain(t, inv.chain);
    if (!c) return fail(incompatibleChain(inv.chain, t), 1);
    if (inv.rulenum !== undefined) {
      const spec = c.rules[inv.rulenum - 1];
      return ok(spec === undefined ? '' : `-A ${c.name} ${spec}\n`);
    }
  }
  return ok(nf.specLines(t, inv.chain).map((l) => `${l}\n`).join(''));
}

function editRule(nf: Netfilter, t: TableName, inv: Invocation, args: readonly string[]): CommandResult {
  const chain = nf.chain(t, inv.chain as string);
  if (inv.command === 'D' && inv.rulenum !== undefined) {
    if (!chain) return fail(KERNEL_ERRORS.noChain, 1);
    if (inv.rulenum > chain.rules.length) return fail(KERNEL_ERRORS.deletionTooBig, 1);
    chain.rules.splice(inv.rulenum - 1, 1);
    return ok('');
  }
  const built = buildRule(inv.words, t, (name) => nf.chain(t, name) !== undefined && !nf.chain(t, name)?.policy);
  if ('unsupported' in built) return notSimulated('iptables', args);
  if ('error' in built) return fail(built.error, built.code);
  if (!chain) return fail(KERNEL_ERRORS.noChain, 1);
  const spec = specText(built.rule);
  switch (inv.command) {
    case 'A':
      chain.rules.push(spec);
      return ok('');
    case 'I': {
      const pos = inv.rulenum ?? 1;
      if (pos > chain.rules.length + 1) return fail(KERNEL_ERRORS.insertionTooBig, 1);
      chain.rules.splice(pos - 1, 0, spec);
      return ok('');
    }
    case 'D':
    case 'C': {
      const i = chain.rules.indexOf(spec);
      if (i < 0) return fail(KERNEL_ERRORS.badRule, 1);
      if (inv.command === 'D') chain.rules.splice(i, 1);
      return ok('');
    }
    case 'R': {
      const pos = inv.rulenum;
      if (pos === undefined) return notSimulated('iptables', args);
      if (pos > chain.rules.length) return fail(KERNEL_ERRORS.replacementTooBig, 1);
      chain.rules[pos - 1] = spec;
      return ok('');
    }
    default:
      return notSimulated('iptables', args);
  }
}

function chainCommand(nf: Netfilter, t: TableName, inv: Invocation, args: readonly string[]): CommandResult {
  const name = inv.chain;
  const chains = orderedChains(nf, t);
  switch (inv.command) {
    case 'F':
      if (name !== undefined && !nf.chain(t, name)) return fail(KERNEL_ERRORS.noChain, 1);
      for (const c of chains) if (name === undefined || c.name === name) c.rules.length = 0;
      return ok('');
    case 'Z':
      if (name !== undefined && !nf.chain(t, name)) return fail(KERNEL_ERRORS.noChain, 1);
      return ok(''); // the counters are always zero
    case 'N':
      if (nf.chain(t, name as string)) return fail(KERNEL_ERRORS.chainExists, 1);
      nf.ensureChain(t, name as string);
      return ok('');
    case 'X': {
      const victims = name === undefined ? chains.filter((c) => !c.policy) : [nf.chain(t, name)];
      for (const c of victims) {
        if (!c) return fail(KERNEL_ERRORS.noChain, 1);
        if (c.policy) return notSimulated('iptables', args);
        if (c.rules.length > 0 || (referenceCounts(nf.table(t).values()).get(c.name) ?? 0) > 0) return fail(chainBusy(c.name), 4);
        nf.table(t).delete(c.name);
      }
      return ok('');
    }
    case 'P': {
      const c = nf.chain(t, name as string);
      if (!c?.policy) return fail(KERNEL_ERRORS.badBuiltin, 1);
      if (inv.arg2 !== 'ACCEPT' && inv.arg2 !== 'DROP') return fail(KERNEL_ERRORS.badPolicy, 1);
      nf.setPolicy(t, c.name, inv.arg2);
      return ok('');
    }
    default:
      return notSimulated('iptables', args);
  }
}

export function iptablesProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = parseArgs(args);
  if ('exit' in parsed) {
    const e = parsed.exit;
    if (e.stdout === 'help') return ok(IPTABLES_HELP);
    return { stdout: e.stdout ?? '', stderr: e.stderr, exitCode: e.code };
  }
  const inv = parsed.inv;
  if (inv.command === undefined) return fail(paramProblem('no command specified'), 2);
  const illegal = illegalOption(inv);
  if (illegal) return fail(paramProblem(`Illegal option \`${illegal}' with this command`), 2);
  if (!TABLES.has(inv.table)) return inv.table === 'security' ? notSimulated('iptables', args) : fail(noTable(inv.table), 3);
  if (ctx.cred.uid !== 0 || (ctx.container && !ctx.container.hostConfig.privileged)) return fail(NOT_ROOT, 4);
  // A privileged container in its own namespace sees that namespace's tables (derived, read-only).
  const own = ctx.netns !== 'host';
  if (own && inv.command !== 'L' && inv.command !== 'S') return notSimulated('iptables', args);
  const nf = own ? sandboxNetfilter(ctx.host.daemon, ctx.netns) : ctx.host.kernel.netfilter;
  const t = inv.table as TableName;
  switch (inv.command) {
    case 'L':
      return list(nf, t, inv);
    case 'S':
      return listRules(nf, t, inv, args);
    case 'A':
    case 'I':
    case 'D':
    case 'C':
    case 'R':
      return editRule(nf, t, inv, args);
    default:
      return chainCommand(nf, t, inv, args);
  }
}
