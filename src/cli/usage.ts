/** The CLI's help text and usage errors (exit 2, like most Unix tools). */
export const USAGE = `Usage: dockerlings [COMMAND] [OPTIONS]

Learn how Docker is built and how its networking really works, by typing real commands.

Commands:
  tutorial [LESSON]  The tutorial: the lesson menu, or LESSON (id or number) directly (the default)
  sandbox            Free play: a shell on the simulated Docker host, no lesson
  list               The lessons and your progress (--json for a workshop's collector)
  reset [LESSON…]    Forget progress (of some lessons, or all)
  replay [FILE|-]    Run each line of FILE (or stdin) in one fresh session; print one JSON object per line
  verify [LESSON…]   Prove lessons work: the start fails, each step's solution passes (--json)
  lint [DIR]         Check a lessons folder: schema, prose and hints in every language, read-only checks
  topology           Draw the host's networking: bridges, containers, veth pairs, published ports
                     (--after SCRIPT: the simulated host SCRIPT leaves; --plain, --json, --width N)
  doctor             Can the lessons run on your real Docker engine? One ✓/✗ line per check, with the fix (--json)
  clean              Remove what the tutorial created on your real engine, and nothing else (--json)

Options:
  --backend KIND     simulator (no Docker, no root, offline) or docker (your real engine);
                     the tutorial remembers your choice
  --lang CODE        en or ko (remembered; the first run asks, defaulting from LANG)
  --user NAME        Start as this user: learner (default) or root
  --lessons DIR      Use the lessons in DIR instead of the built-in course
  --plain            Line by line, no screen (for screen readers; automatic when not on a terminal)
  --no-color         No colours (as does NO_COLOR=1)
  --json             Machine-readable output (list, verify, doctor, clean)
  -h, --help         Show this help
  -v, --version      Show the version
`;

export class UsageError extends Error {
  readonly exitCode = 2;
}
