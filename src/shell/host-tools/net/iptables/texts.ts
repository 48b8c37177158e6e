// iptables 1.8.9 (nf_tables), as Debian bookworm ships it on the reference engine's host: its
// version line, `iptables -h` (recorded) and its error messages (recorded in a scratch netns).

export const IPTABLES_VERSION = 'iptables v1.8.9 (nf_tables)';

export const IPTABLES_HELP = `${IPTABLES_VERSION}

Usage: iptables -[ACD] chain rule-specification [options]
       iptables -I chain [rulenum] rule-specification [options]
       iptables -R chain rulenum rule-specification [options]
       iptables -D chain rulenum [options]
       iptables -[LS] [chain [rulenum]] [options]
       iptables -[FZ] [chain] [options]
       iptables -[NX] chain
       iptables -E old-chain-name new-chain-name
       iptables -P chain target [options]
       iptables -h (print this help information)

Commands:
Either long or short options are allowed.
  --append  -A chain\t\tAppend to chain
  --check   -C chain\t\tCheck for the existence of a rule
  --delete  -D chain\t\tDelete matching rule from chain
  --delete  -D chain rulenum
\t\t\t\tDelete rule rulenum (1 = first) from chain
  --insert  -I chain [rulenum]
\t\t\t\tInsert in chain as rulenum (default 1=first)
  --replace -R chain rulenum
\t\t\t\tReplace rule rulenum (1 = first) in chain
  --list    -L [chain [rulenum]]
\t\t\t\tList the rules in a chain or all chains
  --list-rules -S [chain [rulenum]]
\t\t\t\tPrint the rules in a chain or all chains
  --flush   -F [chain]\t\tDelete all rules in  chain or all chains
  --zero    -Z [chain [rulenum]]
\t\t\t\tZero counters in chain or all chains
  --new     -N chain\t\tCreate a new user-defined chain
  --delete-chain
            -X [chain]\t\tDelete a user-defined chain
  --policy  -P chain target
\t\t\t\tChange policy on chain to target
  --rename-chain
            -E old-chain new-chain
\t\t\t\tChange chain name, (moving any references)

Options:
    --ipv4\t-4\t\tNothing (line is ignored by ip6tables-restore)
    --ipv6\t-6\t\tError (line is ignored by iptables-restore)
[!] --protocol\t-p proto\tprotocol: by number or name, eg. \`tcp'
[!] --source\t-s address[/mask][...]
\t\t\t\tsource specification
[!] --destination -d address[/mask][...]
\t\t\t\tdestination specification
[!] --in-interface -i input name[+]
\t\t\t\tnetwork interface name ([+] for wildcard)
 --jump\t-j target
\t\t\t\ttarget for rule (may load target extension)
  --goto      -g chain
\t\t\t       jump to chain with no return
  --match\t-m match
\t\t\t\textended match (may load extension)
  --numeric\t-n\t\tnumeric output of addresses and ports
[!] --out-interface -o output name[+]
\t\t\t\tnetwork interface name ([+] for wildcard)
  --table\t-t table\ttable to manipulate (default: \`filter')
  --verbose\t-v\t\tverbose mode
  --wait\t-w [seconds]\tmaximum wait to acquire xtables lock before give up
  --line-numbers\t\tprint line numbers when listing
  --exact\t-x\t\texpand numbers (display exact values)
[!] --fragment\t-f\t\tmatch second or further fragments only
  --modprobe=<command>\t\ttry to insert modules using this command
  --set-counters -c PKTS BYTES\tset the counter during insert/append
[!] --version\t-V\t\tprint package version.
`;

const TRY_HELP = "Try `iptables -h' or 'iptables --help' for more information.\n";

/** A parameter problem: the version, the message, the hint; exit 2. */
export const paramProblem = (msg: string): string => `${IPTABLES_VERSION}: ${msg}\n${TRY_HELP}`;

export const badArgument = (arg: string): string => `Bad argument \`${arg}'\n${TRY_HELP}`;

export const NOT_ROOT = `${IPTABLES_VERSION}: Could not fetch rule set generation id: Permission denied (you must be root)\n`;

export const noTable = (t: string): string => `${IPTABLES_VERSION}: table '${t}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`;

/** -L/-S of a chain the table does not have (iptables-nft's wording). */
export const incompatibleChain = (chain: string, table: string): string => `${IPTABLES_VERSION}: chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.\n`;

export const chainBusy = (chain: string): string => `${IPTABLES_VERSION}:  CHAIN_DEL failed (Device or resource busy): chain ${chain}\n`;

export const KERNEL_ERRORS = {
  noChain: 'iptables: No chain/target/match by that name.\n',
  badRule: 'iptables: Bad rule (does a matching rule exist in that chain?).\n',
  deletionTooBig: 'iptables: Index of deletion too big.\n',
  insertionTooBig: 'iptables: Index of insertion too big.\n',
  replacementTooBig: 'iptables: Index of replacement too big.\n',
  badPolicy: "iptables: Bad policy name. Run `dmesg' for more information.\n",
  chainExists: 'iptables: Chain already exists.\n',
  badBuiltin: 'iptables: Bad built-in chain name.\n',
} as const;
