import { promptHost } from './command.js';
import { type DiagnosisRule, output } from './diagnosis.js';

/**
 * The mistakes around containers and the daemon in LEARNERS.md: a container that exited at
 * once (#9), the docker group not yet in this shell (#1), the daemon down (#8), an image
 * without the tool (#10).
 */
export const exitedAtOnce: DiagnosisRule = {
  id: 'exited-at-once',
  triggered: (c, r) => (c.run !== undefined && c.argv.includes('run') && r.exitCode === 0) || /Container \S+ is not running/.test(r.stderr) || (c.argv[1] === 'start' && r.exitCode === 0),
  async diagnose(ctx) {
    const r = ctx.result;
    // Which container: --name, the ID `docker run -d` printed, the one an error names, or `docker start NAME`.
    const ref = ctx.command.run?.name
      ?? /^([0-9a-f]{64})\s*$/.exec(r.stdout)?.[1]
      ?? /Container (\S+) is not running/.exec(r.stderr)?.[1]
      ?? (ctx.command.argv[1] === 'start' ? ctx.command.argv.slice(2).find((a) => !a.startsWith('-')) : undefined);
    if (!ref) return undefined;
    const c = await ctx.container(ref);
    if (!c || c.state !== 'exited') return undefined;
    const noCommand = ctx.command.run !== undefined && ctx.command.run.command.length === 0;
    const text = ctx.lang === 'ko'
      ? `${c.name} 컨테이너는 시작하자마자 끝났습니다 (종료 코드 ${c.exitCode}). 컨테이너는 첫 프로세스가 살아 있는 동안만 살아 있는데, 그 프로세스가 끝났습니다.${noCommand ? ` 명령을 주지 않아서 이미지의 기본 명령(ubuntu라면 bash)이 돌았고, 터미널(-it) 없이 셸은 바로 끝납니다.` : ''} 무엇을 출력했는지 보려면: docker logs ${c.name}. 계속 도는 명령(예: sleep 3600)을 주거나 -it 옵션으로 실행하세요.`
      : `${c.name} exited as soon as it started (exit code ${c.exitCode}): a container lives only as long as its first process, and that process ended.${noCommand ? ` With no command it ran the image's default (bash, for ubuntu), and a shell without a terminal (-it) ends at once.` : ''} See what it printed with docker logs ${c.name}; give it a command that keeps running (sleep 3600, say) or run it with -it.`;
    return { rule: this.id, text, reveal: `docker logs ${c.name}` };
  },
};

export const dockerGroupInactive: DiagnosisRule = {
  id: 'docker-group-inactive',
  triggered: (_c, r) => /permission denied while trying to connect to the Docker daemon socket/.test(r.stderr),
  async diagnose(ctx) {
    const user = /^([^@\s]+)@/.exec(ctx.backend.prompt())?.[1];
    if (!user || user === 'root' || /^[0-9a-f]{12}$/.test(promptHost(ctx.backend.prompt()) ?? '')) return undefined;
    const groups = await ctx.backend.check(`id -nG ${user}`);
    if (groups.exitCode !== 0) return undefined;
    const member = groups.stdout.trim().split(/\s+/).includes('docker');
    const text = member
      ? ctx.lang === 'ko'
        ? `${user} 사용자는 docker 그룹에 있지만 (/etc/group에는 그렇게 적혀 있습니다: id ${user}), 이 셸은 아닙니다. 프로세스의 그룹은 시작할 때 정해지고, 이 로그인은 usermod보다 먼저 시작됐습니다. 새로 로그인하거나 (로그아웃 후 다시 로그인), newgrp docker로 그 그룹을 가진 셸을 여세요. 소켓에 chmod 666을 하지는 마세요: 모든 사용자에게 root를 여는 것입니다.`
        : `${user} is in the docker group (/etc/group says so: id ${user}), but this shell is not: a process's groups are fixed when it starts, and this login began before usermod. Start a new login (log out and back in), or run newgrp docker for a shell that has the group. Don't chmod 666 the socket: that opens root to every user.`
      : ctx.lang === 'ko'
        ? `${user} 사용자는 docker 그룹에 없습니다. 소켓 /var/run/docker.sock은 root:docker, 모드 660이라서 root와 그 그룹만 쓸 수 있습니다. sudo usermod -aG docker ${user} 다음에 새로 로그인하세요.`
        : `${user} is not in the docker group, and the socket /var/run/docker.sock is root:docker with mode 660: only root and that group may use it. sudo usermod -aG docker ${user}, then log in again.`;
    return { rule: this.id, text, reveal: member ? `id; id ${user}` : 'ls -l /var/run/docker.sock' };
  },
};

export const daemonDown: DiagnosisRule = {
  id: 'daemon-down',
  triggered: (_c, r) => /Cannot connect to the Docker daemon at \S+\. Is the docker daemon running\?/.test(r.stderr),
  async diagnose(ctx) {
    const text = ctx.lang === 'ko'
      ? `이것은 권한 문제가 아닙니다: dockerd가 돌고 있지 않거나 소켓이 없습니다. sudo systemctl start docker로 시작하고, systemctl status docker로 확인하세요.`
      : `This is not a permission problem: dockerd is not running, or its socket is gone. Start it with sudo systemctl start docker, and look with systemctl status docker.`;
    return { rule: this.id, text, reveal: 'pgrep -a dockerd; ls -l /var/run/docker.sock' };
  },
};

const MISSING = /(?:^|\n)(?:bash|sh|\/bin\/sh): (?:line \d+: )?([\w.-]+): (?:command )?not found|exec: "([^"]+)": executable file not found in \$PATH/;

export const missingTool: DiagnosisRule = {
  id: 'missing-tool',
  triggered: (c, r) => MISSING.test(output(r)) && c.where.kind !== 'host',
  async diagnose(ctx) {
    const m = MISSING.exec(output(ctx.result));
    const tool = m?.[1] ?? m?.[2];
    if (!tool) return undefined;
    const w = ctx.command.where;
    let image: string;
    let container: string | undefined;
    if (w.kind === 'image') image = w.image;
    else if (w.kind === 'container') {
      const c = await ctx.container(w.name);
      if (!c) return undefined;
      image = c.image;
      container = c.name;
    } else return undefined;
    const fromHost = container ? `sudo nsenter -t $(docker inspect -f '{{.State.Pid}}' ${container}) -n ${tool} …` : `docker run --rm busybox ${tool} …`;
    const text = ctx.lang === 'ko'
      ? `${image} 이미지에는 ${tool} 프로그램이 없습니다. 이미지에는 그 프로그램에 필요한 것만 들어 있습니다 (ubuntu에는 ip도 ping도 없습니다). ${container ? `호스트에서 ${container} 컨테이너의 네임스페이스로 들어가 보세요: ${fromHost}` : `그 프로그램이 있는 이미지를 쓰세요 (busybox에는 ip와 ping이 있습니다): ${fromHost}`}`
      : `The image ${image} has no ${tool}: an image carries only what its program needs (ubuntu has neither ip nor ping). ${container ? `Look from the host, inside ${container}'s namespace: ${fromHost}` : `Use an image that has it (busybox has ip and ping): ${fromHost}`}`;
    return { rule: this.id, text, ...(container ? { reveal: `docker inspect -f '{{.State.Pid}}' ${container}` } : {}) };
  },
};
