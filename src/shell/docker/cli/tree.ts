import type { DockerCommand, DockerNode, ManagementCommand } from './command.js';

/**
 * Builds the CLI's command tree from flat command definitions: `docker network create`
 * lands under the `network` group; aliases (`docker container ls` for `docker ps`) share one
 * definition. Group help texts come from `groupHelp` (the real CLI's text).
 */
export function buildTree(commands: readonly (DockerCommand & { readonly aliases?: readonly string[] })[], groupHelp: ReadonlyMap<string, string>): ManagementCommand {
  type Group = { readonly kind: 'management'; readonly path: string; readonly help: string; readonly children: Map<string, DockerNode> };
  const root: Group = { kind: 'management', path: 'docker', help: groupHelp.get('docker') ?? '', children: new Map() };
  const groupAt = (words: readonly string[]): Map<string, DockerNode> => {
    let node = root;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      let child = node.children.get(w);
      if (!child) {
        const path = ['docker', ...words.slice(0, i + 1)].join(' ');
        child = { kind: 'management', path, help: groupHelp.get(path) ?? '', children: new Map() };
        node.children.set(w, child);
      }
      if (child.kind !== 'management') throw new Error(`${child.path} is a command, not a group`);
      node = child as Group;
    }
    return node.children;
  };
  for (const cmd of commands) {
    for (const path of [cmd.path, ...(cmd.aliases ?? [])]) {
      const words = path.split(' ').slice(1);
      groupAt(words.slice(0, -1)).set(words[words.length - 1] as string, cmd);
    }
  }
  return root;
}
