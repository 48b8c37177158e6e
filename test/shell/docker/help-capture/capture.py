import json, subprocess, os
env = dict(os.environ, HOME='/root')
top = "run exec ps build pull push images login logout search version info attach commit cp create diff events export history import inspect kill load logs pause port rename restart rm rmi save start stats stop tag top unpause update wait".split()
groups = {
 'container': "attach commit cp create diff exec export inspect kill logs ls pause port prune rename restart rm run start stats stop top unpause update wait".split(),
 'image': "build history import inspect load ls prune pull push rm save tag".split(),
 'system': "df events info prune".split(),
 'volume': "create inspect ls prune rm".split(),
 'builder': "build prune".split(),
 'context': "create export import inspect ls rm show update use".split(),
 'manifest': "annotate create inspect push rm".split(),
 'plugin': "create disable enable inspect install ls push rm set upgrade".split(),
 'trust': "inspect revoke sign key signer".split(),
 'config': "create inspect ls rm".split(),
 'node': "demote inspect ls promote ps rm update".split(),
 'secret': "create inspect ls rm".split(),
 'service': "create inspect logs ls ps rm rollback scale update".split(),
 'stack': "config deploy ls ps rm services".split(),
}
out = {}
def cap(path):
    r = subprocess.run(path.split() + ['--help'], capture_output=True, text=True, env=env)
    out[path] = {'stdout': r.stdout, 'stderr': r.stderr, 'rc': r.returncode}
cap('docker')
for t in top: cap('docker ' + t)
for g, subs in groups.items():
    cap('docker ' + g)
    for s in subs: cap(f'docker {g} {s}')
json.dump(out, open('/tmp/dcli-help.json', 'w'), indent=1)
print(len(out), [k for k,v in out.items() if v['rc'] != 0 or v['stderr']])
