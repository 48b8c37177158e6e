import { FileSystem } from './fs.js';
import { Netfilter } from './iptables.js';
import { NetworkStack } from './net-devices.js';
import { ProcessTable } from './processes.js';
import { UserDb } from './users.js';

/** Everything of the host that is Linux rather than Docker. */
export interface Kernel {
  readonly net: NetworkStack;
  readonly netfilter: Netfilter;
  readonly procs: ProcessTable;
  readonly users: UserDb;
  readonly fs: FileSystem;
}

export function createKernel(now: () => number): Kernel {
  return { net: new NetworkStack(), netfilter: new Netfilter(), procs: new ProcessTable(), users: new UserDb(), fs: new FileSystem(now) };
}
