import type { Flavor } from '../userland.js';

/**
 * The images the simulated registry knows, with what each really contains: its default
 * command, its environment, and which tools its userland has (ubuntu has no `ip`; busybox
 * has). Sizes and dates are approximate figures of the real images that carry these
 * versions (a `latest` is rebuilt often: its date is a recent build's); IDs are made per host.
 * Configurations (Env, labels, volumes) and releases are the ones the fixture images carry
 * (.ci/fixtures/images/NAME/image.conf, from the official Dockerfiles): both stand for the
 * real image at one moment. `docker:dind` is the same image as `docker:latest` in the real
 * registry; no fixture has that tag.
 */
export interface ImageSpec {
  readonly repository: string;
  readonly tags: readonly string[];
  /** Registry path for pull output: `library/ubuntu`. */
  readonly remote: string;
  readonly sizeBytes: number;
  readonly created: string;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly env: readonly string[];
  /** LABEL: the image's labels, which its containers inherit. */
  readonly labels?: Readonly<Record<string, string>>;
  /** VOLUME: each container gets an anonymous volume there (unless something is mounted there). */
  readonly volumes?: readonly string[];
  readonly workingDir: string;
  readonly exposedPorts: readonly string[];
  readonly layers: number;
  readonly userland: Userland;
}

export interface Userland {
  readonly flavor: Flavor;
  /** Shells present, first is /bin/sh's flavour: 'bash' or 'sh'. */
  readonly shells: readonly string[];
  /** Commands on PATH besides shell builtins. */
  readonly tools: readonly string[];
  /** Files specific to the distribution (/etc/issue, /etc/os-release…). */
  readonly files: Readonly<Record<string, string>>;
  /** The procps-ng version of its `ps`, for a GNU userland that has one (xenial: 3.3.10, noble: 4.0.4). */
  readonly procps?: string;
}

const PATH_DEFAULT = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The docker images' own versions (docker-library/docker 29.2), which the fixtures carry too. */
const DOCKER_ENV = ['DOCKER_VERSION=29.2.0', 'DOCKER_BUILDX_VERSION=0.31.0', 'DOCKER_COMPOSE_VERSION=5.0.2', 'DOCKER_TLS_CERTDIR=/certs'];

const coreGnu = ['cat', 'ls', 'echo', 'pwd', 'grep', 'head', 'tail', 'sort', 'uniq', 'wc', 'cut', 'tr', 'sed', 'env', 'id', 'whoami', 'hostname', 'uname', 'sleep', 'true', 'false', 'date', 'touch', 'mkdir', 'rm', 'cp', 'mv', 'ln', 'chmod', 'tee', 'find', 'xargs', 'kill', 'df', 'mount', 'stat', 'readlink', 'dirname', 'basename', 'test', 'printf', 'yes', 'seq'];
const procps = ['ps', 'top', 'free', 'pgrep', 'pkill', 'uptime'];
const busyboxApplets = [...coreGnu, ...procps, 'awk', 'ip', 'ifconfig', 'route', 'ping', 'ping6', 'wget', 'nslookup', 'netstat', 'nc', 'telnet', 'traceroute', 'arp', 'httpd', 'vi', 'less', 'more', 'tar', 'gzip', 'which', 'pstree', 'hostid', 'ipcalc', 'udhcpc', 'groups', 'clear', 'su'];

const busyboxFiles = {};

const ubuntu1604Files = {
  '/etc/issue': 'Ubuntu 16.04.7 LTS \\n \\l\n\n',
  '/etc/lsb-release': 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=16.04\nDISTRIB_CODENAME=xenial\nDISTRIB_DESCRIPTION="Ubuntu 16.04.7 LTS"\n',
  '/etc/os-release': 'NAME="Ubuntu"\nVERSION="16.04.7 LTS (Xenial Xerus)"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 16.04.7 LTS"\nVERSION_ID="16.04"\nHOME_URL="http://www.ubuntu.com/"\nSUPPORT_URL="http://help.ubuntu.com/"\nBUG_REPORT_URL="http://bugs.launchpad.net/ubuntu/"\nVERSION_CODENAME=xenial\nUBUNTU_CODENAME=xenial\n',
};

const ubuntu2404Files = {
  '/etc/issue': 'Ubuntu 24.04 LTS \\n \\l\n\n',
  '/etc/lsb-release': 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION="Ubuntu 24.04 LTS"\n',
  '/etc/os-release': 'PRETTY_NAME="Ubuntu 24.04 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
};

const debianFiles = {
  '/etc/issue': 'Debian GNU/Linux 12 \\n \\l\n\n',
  '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
};

const alpineFiles = {
  '/etc/alpine-release': '3.23.0\n',
  '/etc/issue': 'Welcome to Alpine Linux 3.23\nKernel \\r on an \\m (\\l)\n\n',
  '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.23.0\nPRETTY_NAME="Alpine Linux v3.23"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
};

const busyboxLand: Userland = { flavor: 'busybox', shells: ['sh'], tools: busyboxApplets, files: busyboxFiles };
const alpineLand: Userland = { flavor: 'busybox', shells: ['sh'], tools: busyboxApplets, files: alpineFiles };

export const IMAGE_CATALOGUE: readonly ImageSpec[] = [
  { repository: 'busybox', tags: ['latest'], remote: 'library/busybox', sizeBytes: 4_261_550, created: '2024-09-26T21:31:42Z', entrypoint: null, cmd: ['sh'], env: [PATH_DEFAULT], workingDir: '', exposedPorts: [], layers: 1, userland: busyboxLand },
  { repository: 'alpine', tags: ['latest'], remote: 'library/alpine', sizeBytes: 7_797_760, created: '2025-12-03T18:18:04Z', entrypoint: null, cmd: ['/bin/sh'], env: [PATH_DEFAULT], workingDir: '', exposedPorts: [], layers: 1, userland: alpineLand },
  { repository: 'ubuntu', tags: ['16.04'], remote: 'library/ubuntu', sizeBytes: 134_803_880, created: '2021-08-31T01:21:30Z', entrypoint: null, cmd: ['/bin/bash'], env: [PATH_DEFAULT], workingDir: '', exposedPorts: [], layers: 4, userland: { flavor: 'gnu', shells: ['bash', 'sh'], tools: [...coreGnu, ...procps, 'awk'], files: ubuntu1604Files, procps: '3.3.10' } },
  { repository: 'ubuntu', tags: ['latest', '24.04'], remote: 'library/ubuntu', sizeBytes: 78_133_392, created: '2024-06-27T19:59:26Z', entrypoint: null, cmd: ['/bin/bash'], env: [PATH_DEFAULT], labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' }, workingDir: '', exposedPorts: [], layers: 1, userland: { flavor: 'gnu', shells: ['bash', 'sh'], tools: [...coreGnu, ...procps, 'awk'], files: ubuntu2404Files, procps: '4.0.4' } },
  { repository: 'httpd', tags: ['latest'], remote: 'library/httpd', sizeBytes: 147_953_380, created: '2025-12-09T02:31:25Z', entrypoint: null, cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.66', 'HTTPD_SHA256=94d7ff2b42acbb828e870ba29e4cbad48e558a79c623ad3596e4116efcfea25a', 'HTTPD_PATCHES='], workingDir: '/usr/local/apache2', exposedPorts: ['80/tcp'], layers: 5, userland: { flavor: 'gnu', shells: ['bash', 'sh'], tools: [...coreGnu, 'awk', 'httpd-foreground', 'httpd', 'apachectl'], files: debianFiles } },
  { repository: 'nginx', tags: ['latest'], remote: 'library/nginx', sizeBytes: 191_656_216, created: '2026-02-10T22:04:13Z', entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], env: [PATH_DEFAULT, 'NGINX_VERSION=1.31.3', 'NJS_VERSION=1.0.0', 'NJS_RELEASE=1~trixie', 'ACME_VERSION=0.4.1', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie'], labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' }, workingDir: '', exposedPorts: ['80/tcp'], layers: 7, userland: { flavor: 'gnu', shells: ['bash', 'sh'], tools: [...coreGnu, 'awk', 'nginx', 'curl'], files: debianFiles } },
  { repository: 'mysql', tags: ['latest'], remote: 'library/mysql', sizeBytes: 590_295_040, created: '2026-01-21T00:40:52Z', entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.19', 'MYSQL_MAJOR=innovation', 'MYSQL_VERSION=9.6.0-1.el9', 'MYSQL_SHELL_VERSION=9.6.0-1.el9'], volumes: ['/var/lib/mysql'], workingDir: '', exposedPorts: ['3306/tcp', '33060/tcp'], layers: 11, userland: { flavor: 'gnu', shells: ['bash', 'sh'], tools: [...coreGnu, 'awk', 'mysqld', 'mysql'], files: {} } },
  { repository: 'docker', tags: ['latest', 'dind'], remote: 'library/docker', sizeBytes: 397_033_472, created: '2026-02-02T20:12:37Z', entrypoint: ['dockerd-entrypoint.sh'], cmd: [], env: [PATH_DEFAULT, ...DOCKER_ENV, 'DIND_COMMIT=8d9e3502aba39127e4d12196dae16d306f76993d'], volumes: ['/var/lib/docker'], workingDir: '', exposedPorts: ['2375/tcp', '2376/tcp'], layers: 16, userland: { ...alpineLand, tools: [...busyboxApplets, 'docker', 'dockerd', 'containerd'] } },
  { repository: 'docker', tags: ['cli'], remote: 'library/docker', sizeBytes: 195_813_376, created: '2026-02-02T20:12:37Z', entrypoint: ['docker-entrypoint.sh'], cmd: ['sh'], env: [PATH_DEFAULT, ...DOCKER_ENV], workingDir: '', exposedPorts: [], layers: 9, userland: { ...alpineLand, tools: [...busyboxApplets, 'docker'] } },
  { repository: 'registry', tags: ['2'], remote: 'library/registry', sizeBytes: 25_436_160, created: '2024-10-02T18:07:49Z', entrypoint: ['/entrypoint.sh'], cmd: ['/etc/docker/registry/config.yml'], env: [PATH_DEFAULT], volumes: ['/var/lib/registry'], workingDir: '', exposedPorts: ['5000/tcp'], layers: 5, userland: { ...alpineLand, tools: [...busyboxApplets, 'registry'] } },
  { repository: 'nicolaka/netshoot', tags: ['latest'], remote: 'nicolaka/netshoot', sizeBytes: 478_150_656, created: '2024-09-09T14:04:37Z', entrypoint: null, cmd: ['zsh'], env: [PATH_DEFAULT], workingDir: '/root', exposedPorts: [], layers: 30, userland: { flavor: 'busybox', shells: ['bash', 'sh', 'zsh'], tools: [...busyboxApplets, 'curl', 'dig', 'tcpdump', 'iptables', 'ss', 'bridge', 'nmap', 'iperf3', 'ethtool'], files: alpineFiles } },
];

/** `ubuntu` → `ubuntu:latest`; `nicolaka/netshoot:latest` stays; `docker.io/library/x` is shortened. */
export function normalizeReference(ref: string): string {
  let r = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash + 1).includes(':') && !r.includes('@')) r += ':latest';
  return r;
}

export function findInCatalogue(ref: string): { spec: ImageSpec; tag: string } | undefined {
  const norm = normalizeReference(ref);
  const [repo, tag] = [norm.slice(0, norm.lastIndexOf(':')), norm.slice(norm.lastIndexOf(':') + 1)];
  const spec = IMAGE_CATALOGUE.find((s) => s.repository === repo && s.tags.includes(tag));
  return spec ? { spec, tag } : undefined;
}

/** A variable of an image's own Env (`HTTPD_VERSION` of httpd): what its programs were built as. */
export function catalogueEnv(repository: string, key: string): string | undefined {
  const spec = IMAGE_CATALOGUE.find((s) => s.repository === repository);
  return spec?.env.find((e) => e.startsWith(`${key}=`))?.slice(key.length + 1);
}
