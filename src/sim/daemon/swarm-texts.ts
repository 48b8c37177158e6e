/**
 * What Engine 20.10 answers to `docker swarm join` (observed with two engines on one LAN:
 * test/differential/two-node/NOTES.md).
 */
export const JOIN_TEXTS = {
  alreadyInSwarm: 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.',
  invalidToken: 'invalid join token',
  wrongToken: 'rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster',
  /** The token's digest names another swarm's CA: the fingerprint it expected, in hex. */
  caMismatch: (expected: string) => `remote CA does not match fingerprint. Expected: ${expected}`,
  quorum: (left: number, of: number) =>
    `You are attempting to leave the swarm on a node that is participating as a manager. Removing this node leaves ${left} managers out of ${of}. Without a Raft quorum your swarm will be inaccessible. The only way to restore a swarm that has lost consensus is to reinitialize it with \`--force-new-cluster\`. Use \`--force\` to suppress this message.`,
  timeout: 'Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.',
  overlayOnWorker: 'Cannot create a multi-host network from a worker node. Please create the network from a manager node.',
} as const;

/** What Engine 20.10 answers to `docker node` requests (same observation). */
export const NODE_TEXTS = {
  notInSwarm: 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
  workerRefused: "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.",
  noSuchNode: (ref: string) => `node ${ref} not found`,
  ambiguous: (ref: string) => `node ${ref} is ambiguous`,
  notDown: (id: string) => `rpc error: code = FailedPrecondition desc = node ${id} is not down and can't be removed`,
  isManager: (id: string) => `rpc error: code = FailedPrecondition desc = node ${id} is a cluster manager and is a member of the raft cluster. It must be demoted to worker before removal`,
} as const;
