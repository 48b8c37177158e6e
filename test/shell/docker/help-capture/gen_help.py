import json
d = json.load(open('/tmp/dcli-help.json'))
def esc(s): return s.replace('\\', '\\\\').replace('`', '\\`').replace('${', '\\${')
files = {
 'help-run.ts': ('`docker run` and `docker create`', ['docker run', 'docker create']),
 'help-container.ts': ('the other container commands', ['docker '+x for x in 'exec ps attach commit cp diff export inspect kill logs pause port rename restart rm start stats stop top unpause update wait'.split()] + ['docker container inspect', 'docker container prune']),
 'help-image.ts': ('the image and registry commands', ['docker '+x for x in 'build pull push images login logout search history import load rmi save tag'.split()] + ['docker image inspect', 'docker image prune']),
 'help-system.ts': ('the daemon and volume commands', ['docker '+x for x in 'version info events'.split()] + ['docker system df', 'docker system prune'] + ['docker volume '+x for x in 'create inspect ls prune rm'.split()]),
 'help-groups.ts': ('`docker` itself and the management command groups', ['docker'] + ['docker '+x for x in 'container image system volume builder context manifest plugin trust config node secret service stack'.split()]),
}
for name, (what, keys) in files.items():
    out = ['// Generated from the real docker CLI 28.2.2: `<command> --help` (HOME=/root), stdout, byte for byte.',
           f'// The --help texts of {what}. Regenerate rather than edit by hand.',
           'export const HELP: Readonly<Record<string, string>> = {']
    for k in keys:
        v = d[k]
        assert v['rc'] == 0, k
        out.append(f"  '{k}': `{esc(v['stdout'])}`,")
    out.append('};')
    open(f'src/shell/docker/commands/help/{name}', 'w').write('\n'.join(out) + '\n')
    print(name, len(out))
