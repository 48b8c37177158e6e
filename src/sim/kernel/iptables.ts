/**
 * Netfilter tables as rule specs in `iptables -S` form ("-A DOCKER -i docker0 -j RETURN").
 * The daemon edits them exactly where dockerd would; the shell's iptables command renders
 * `-S` directly and `-L` by parsing the specs.
 */
export type TableName = 'filter' | 'nat' | 'mangle' | 'raw';

export interface Chain {
  readonly name: string;
  /** Built-in chains have a policy; user chains have none. */
  readonly policy?: 'ACCEPT' | 'DROP';
  /** Rule bodies without the leading `-A CHAIN `. */
  rules: string[];
  /** Packet/byte counters are always zero in the simulator: no packets really flow. */
}

const builtins: Record<TableName, string[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
};

export class Netfilter {
  readonly tables = new Map<TableName, Map<string, Chain>>();

  constructor() {
    for (const [t, names] of Object.entries(builtins) as [TableName, string[]][]) {
      const chains = new Map<string, Chain>();
      for (const n of names) chains.set(n, { name: n, policy: 'ACCEPT', rules: [] });
      this.tables.set(t, chains);
    }
  }

  table(t: TableName): Map<string, Chain> {
    const table = this.tables.get(t);
    if (!table) throw new Error(`no table ${t}`);
    return table;
  }

  chain(t: TableName, name: string): Chain | undefined {
    return this.table(t).get(name);
  }

  setPolicy(t: TableName, name: string, policy: 'ACCEPT' | 'DROP'): void {
    const c = this.chain(t, name);
    if (c) this.table(t).set(name, { ...c, policy });
  }

  ensureChain(t: TableName, name: string): Chain {
    const existing = this.chain(t, name);
    if (existing) return existing;
    const c: Chain = { name, rules: [] };
    this.table(t).set(name, c);
    return c;
  }

  has(t: TableName, chain: string, rule: string): boolean {
    return this.chain(t, chain)?.rules.includes(rule) ?? false;
  }

  append(t: TableName, chain: string, rule: string): void {
    this.ensureChain(t, chain).rules.push(rule);
  }

  /** Inserts at 1-based position `pos` (iptables -I CHAIN pos). */
  insert(t: TableName, chain: string, rule: string, pos = 1): void {
    this.ensureChain(t, chain).rules.splice(pos - 1, 0, rule);
  }

  /** Appends unless present (dockerd's "ensure" semantics). */
  ensureAppended(t: TableName, chain: string, rule: string): void {
    if (!this.has(t, chain, rule)) this.append(t, chain, rule);
  }

  ensureInserted(t: TableName, chain: string, rule: string): void {
    if (!this.has(t, chain, rule)) this.insert(t, chain, rule);
  }

  delete(t: TableName, chain: string, rule: string): void {
    const c = this.chain(t, chain);
    if (!c) return;
    const i = c.rules.indexOf(rule);
    if (i >= 0) c.rules.splice(i, 1);
  }

  /** `iptables -t T -S [CHAIN]` lines, built-in chains first in kernel order, then user chains sorted. */
  specLines(t: TableName, only?: string): string[] {
    const table = this.table(t);
    const chains = [...table.values()];
    const order = builtins[t];
    const builtin = order.map((n) => table.get(n)).filter((c): c is Chain => !!c);
    const user = chains.filter((c) => !order.includes(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    const lines: string[] = [];
    const selected = [...builtin, ...user].filter((c) => !only || c.name === only);
    for (const c of selected) lines.push(c.policy ? `-P ${c.name} ${c.policy}` : `-N ${c.name}`);
    for (const c of selected) for (const r of c.rules) lines.push(`-A ${c.name} ${r}`);
    return lines;
  }
}
