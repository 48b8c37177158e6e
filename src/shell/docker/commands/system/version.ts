import { versionJson } from '../../../../sim/daemon/version-json.js';
import { execute, parseTemplate } from '../../../go-template/index.js';
import { TemplateExecError } from '../../../go-template/index.js';
import { TemplateParseError } from '../../../go-template/index.js';
import { DOCKER_VERSION_TABLE, tabwrite } from '../../../go-template/index.js';
import { GoNil, GoPtr, type GoStruct, type GoValue, goMap, goSlice, goStruct } from '../../../go-template/index.js';
import type { FuncMap } from '../../../go-template/index.js';
import type { RV } from '../../../go-template/reflect.js';
import type { CommandResult } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagString } from '../../cli/flags.js';
import { CLIENT_BUILD, CLIENT_VERSION } from '../../client-version.js';
import { type AliasedCommand, define } from '../define.js';

/** cli/command/system/version.go's default template, byte for byte. */
const DEFAULT_TEMPLATE = `{{with .Client -}}
Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:	{{.Version}}
 API version:	{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Go version:	{{.GoVersion}}
 Git commit:	{{.GitCommit}}
 Built:	{{.BuildTime}}
 OS/Arch:	{{.Os}}/{{.Arch}}
 Context:	{{.Context}}
{{- end}}

{{- if ne .Server nil}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:	{{.Version}}
  API version:	{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:	{{index .Details "GoVersion"}}
  Git commit:	{{index .Details "GitCommit"}}
  Built:	{{index .Details "BuildTime"}}
  OS/Arch:	{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:	{{index .Details "Experimental"}}
  {{- else }}
  Version:	{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:	{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}`;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** time.ANSIC, as reformatDate prints build times: `Thu May  7 21:09:36 2024`. */
function ansic(rfc3339: string): string {
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

const CLIENT_API = '1.50';
const SERVER_API = '1.41';

function clientVersion(connected: boolean): GoStruct {
  return goStruct({
    Platform: null, Version: CLIENT_VERSION, APIVersion: connected ? SERVER_API : CLIENT_API, DefaultAPIVersion: CLIENT_API,
    GitCommit: CLIENT_BUILD, GoVersion: 'go1.24.3', Os: 'linux', Arch: 'amd64', BuildTime: 'Fri May 30 12:07:14 2025', Context: 'default',
  }, {
    type: 'system.clientVersion',
    json: { Platform: 'Platform,omitempty', Version: 'Version,omitempty', APIVersion: 'ApiVersion,omitempty', DefaultAPIVersion: 'DefaultAPIVersion,omitempty', GitCommit: 'GitCommit,omitempty', GoVersion: 'GoVersion,omitempty', Os: 'Os,omitempty', Arch: 'Arch,omitempty', BuildTime: 'BuildTime,omitempty', Context: 'Context' },
  });
}

/** The engine's GET /version as the CLI's types.Version, Engine BuildTime reformatted as the CLI does. */
function serverVersion(): GoPtr {
  const v = versionJson() as Record<string, unknown>;
  const components = (v.Components as { Name: string; Version: string; Details: ReadonlyMap<string, string> }[]).map((c) => {
    const details = new Map(c.Details);
    if (c.Name === 'Engine' && details.has('BuildTime')) details.set('BuildTime', ansic(details.get('BuildTime') as string));
    return goStruct({ Name: c.Name, Version: c.Version, Details: goMap(details as Map<string, GoValue>, 'map[string]string') }, { type: 'types.ComponentVersion' });
  });
  return new GoPtr(goStruct({
    Platform: goStruct({ Name: '' }, { type: 'struct { Name string }' }),
    Components: goSlice(components, '[]types.ComponentVersion'),
    Version: v.Version as string, APIVersion: v.ApiVersion as string, MinAPIVersion: v.MinAPIVersion as string, GitCommit: v.GitCommit as string,
    GoVersion: v.GoVersion as string, Os: v.Os as string, Arch: v.Arch as string, KernelVersion: v.KernelVersion as string,
    Experimental: false, BuildTime: v.BuildTime as string,
  }, {
    type: 'types.Version',
    json: { Components: 'Components,omitempty', APIVersion: 'ApiVersion', MinAPIVersion: 'MinAPIVersion,omitempty', KernelVersion: 'KernelVersion,omitempty', Experimental: 'Experimental,omitempty', BuildTime: 'BuildTime,omitempty' },
  }));
}

const FUNCS: FuncMap = {
  getDetailsOrder: {
    params: ['any'],
    call: (args: readonly RV[]) => {
      const c = args[0];
      const details = c !== null && typeof c === 'object' && 'Details' in c ? (c as { Details?: unknown }).Details : undefined;
      return goSlice(details instanceof Map ? [...(details.keys() as Iterable<string>)].sort() : [], '[]string');
    },
  },
};

function named(message: string): string {
  return message.replace(/^template: :/, 'template: version:').replace(/executing "" at/, 'executing "version" at');
}

function runVersion(inv: DockerInvocation): CommandResult {
  const format = flagString(inv.flags, 'format') ?? '';
  const source = format === '' ? DEFAULT_TEMPLATE : format === 'json' ? '{{json .}}' : format;
  let tmpl;
  try {
    tmpl = parseTemplate(source, { funcs: FUNCS });
  } catch (e) {
    if (e instanceof TemplateParseError) return { stdout: '', stderr: `template parsing error: ${named(e.message)}\n`, exitCode: 64 };
    throw e;
  }
  const denied = inv.dial('GET', '/version');
  const data = goStruct({ Client: clientVersion(!denied), Server: denied ? new GoNil('*types.Version') : serverVersion() }, { type: 'system.versionInfo' });
  let out = '';
  let error = '';
  try {
    out = execute(tmpl, data, { funcs: FUNCS, rootType: 'system.versionInfo' });
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    out = e.partialOutput;
    error = named(e.message);
  }
  const stdout = tabwrite(`${out}\n`, DOCKER_VERSION_TABLE);
  const stderr = [denied, error].filter(Boolean).map((l) => `${l}\n`).join('');
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

export const versionCommands: readonly AliasedCommand[] = define({ path: 'docker version', args: { kind: 'none' }, run: runVersion });
