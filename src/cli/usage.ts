/** The CLI's help text and usage errors (exit 2, like most Unix tools). */
export const USAGE = `Usage: dockerlings [COMMAND] [OPTIONS]

Learn how Docker is built and how its networking really works, by typing real commands.

Commands:
  sandbox            A shell on the simulated Docker host, no lesson (the default for now)
  replay [FILE|-]    Run each line of FILE (or stdin) in one fresh session; print one JSON object per line
  list               The lessons and your progress (--json for a workshop's collector)
  verify [LESSON…]   Prove lessons work: the start fails, each step's solution passes (--json)
  lint [DIR]         Check a lessons folder: schema, prose and hints in every language, read-only checks
  reset [LESSON…]    Forget progress (of some lessons, or all)

Options:
  --backend KIND     simulator (default: no Docker, no root, offline) or docker (your real engine)
  --user NAME        Start as this user: learner (default) or root
  --lessons DIR      Use the lessons in DIR instead of the built-in course
  --lang CODE        en or ko
  --json             Machine-readable output (list, verify)
  -h, --help         Show this help
  -v, --version      Show the version
`;

export class UsageError extends Error {
  readonly exitCode = 2;
}
