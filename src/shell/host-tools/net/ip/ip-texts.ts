// iproute2 6.1's texts (Debian bookworm's `ip`, the reference engine's host), recorded with
// `ip`, `ip help`, `ip -V` and the error paths of `ip addr|link|route`.

export const IP_VERSION = 'ip utility, iproute2-6.1.0, libbpf 1.1.2';

export const IP_USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** `ip -s link`: the counters of a device nothing flows through. */
export const ZERO_STATS = `    RX:  bytes packets errors dropped  missed   mcast           
             0       0      0       0       0       0 
    TX:  bytes packets errors dropped carrier collsns           
             0       0      0       0       0       0 
`;

export const incomplete = 'Command line is not complete. Try option "help"\n';
export const duplicateArg = (key: string, arg: string): string => `Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`;
export const invalidArg = (arg: string, msg: string): string => `Error: argument "${arg}" is wrong: ${msg}\n`;
export const noDevice = (dev: string): string => `Device "${dev}" does not exist.\n`;
export const unknownCommand = (cmd: string, object: string): string => `Command "${cmd}" is unknown, try "ip ${object} help".\n`;
