/**
 * Image references as distribution/reference parses them (ParseNormalizedNamed), with its
 * error texts, and the daemon's glob match for `docker images busy*` (FamiliarMatch).
 */

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const NAME_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${NAME_COMPONENT}(?:/${NAME_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);

export interface Reference {
  /** `docker.io/library/busybox` */
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

function splitDockerDomain(s: string): [string, string] {
  const i = s.indexOf('/');
  let domain: string;
  let rest: string;
  if (i === -1 || (!/[.:]/.test(s.slice(0, i)) && s.slice(0, i) !== 'localhost' && s.slice(0, i).toLowerCase() === s.slice(0, i))) {
    domain = 'docker.io';
    rest = s;
  } else {
    domain = s.slice(0, i);
    rest = s.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  return [domain, rest];
}

export function parseNormalizedNamed(s: string): { ok: true; ref: Reference } | { ok: false; error: string } {
  if (/^[a-f0-9]{64}$/.test(s)) return { ok: false, error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  const [domain, remote] = splitDockerDomain(s);
  const tagSep = remote.indexOf(':');
  const remoteName = tagSep > -1 ? remote.slice(0, tagSep) : remote;
  if (remoteName.toLowerCase() !== remoteName) return { ok: false, error: `invalid reference format: repository name (${remoteName}) must be lowercase` };
  const m = REFERENCE.exec(`${domain}/${remote}`);
  if (!m) return { ok: false, error: s === '' ? 'repository name must have at least one component' : 'invalid reference format' };
  const name = m[1] as string;
  if (name.length > 255) return { ok: false, error: 'repository name must not be more than 255 characters' };
  return { ok: true, ref: { name, ...(m[2] ? { tag: m[2] } : {}), ...(m[3] ? { digest: m[3] } : {}) } };
}

/** `docker.io/library/busybox` → `busybox`; `docker.io/nicolaka/netshoot` → `nicolaka/netshoot`. */
export function familiarName(name: string): string {
  return name.replace(/^docker\.io\//, '').replace(/^library\/(?=[^/]+$)/, '');
}

/** Go's path.Match as a RegExp: `*` and `?` stop at `/`. */
function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return /$^/;
      re += `[${pattern.slice(i + 1, end).replace(/^\^/, '^').replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** reference.FamiliarMatch: the pattern against `repo:tag`, then against `repo`. */
export function familiarMatch(pattern: string, repoTag: string): boolean {
  const re = globRegExp(pattern);
  return re.test(repoTag) || re.test(repoTag.slice(0, repoTag.lastIndexOf(':')));
}
