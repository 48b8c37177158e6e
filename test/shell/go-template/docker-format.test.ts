// `--format` as docker ps / images / network ls use it (formatter.Context.Write),
// modelled with a ps-like context: a *formatter.ContainerContext whose columns
// are methods, and the formatter.SubHeaderContext header map (with its Label
// method). Expected outputs were printed by the real docker CLI 28.2.2.
import { describe, expect, it } from 'vitest';
import {
  GoMethod, GoPtr, RawJSON, goMap, goStruct, isTableFormat, marshalJSON, parseFormatOption, renderFormatted,
  withMethods,
} from '../../../src/shell/go-template/index.js';
import type { GoValue } from '../../../src/shell/go-template/index.js';

interface Row {
  readonly ID: string; readonly Image: string; readonly Command: string; readonly CreatedAt: string;
  readonly RunningFor: string; readonly Ports: string; readonly State: string; readonly Status: string;
  readonly Size: string; readonly Names: string; readonly Labels: ReadonlyMap<string, string>;
  readonly Mounts: string; readonly LocalVolumes: string; readonly Networks: string;
}

const labels = new Map([['B', 'up'], ['a', '1'], ['b', 'x y'], ['c', ''], ['z.k', 'v']]);
const base = { Command: '"sleep 3000"', State: 'running', Mounts: '', LocalVolumes: '0' };
const rows: Row[] = [
  { ...base, ID: '64be72c459fe', Image: '68463c367cbe', CreatedAt: '2026-11-22 11:44:25 +0000 UTC', RunningFor: '4 minutes ago', Ports: '127.0.0.1:38417->80/tcp', Status: 'Up 4 minutes', Size: '0B (virtual 1.99MB)', Names: 'gotpl-c', Labels: labels, Networks: 'gotpl-net' },
  { ...base, ID: 'a1c9f6311c8b', Image: '23232607cb81', CreatedAt: '2026-11-22 11:29:03 +0000 UTC', RunningFor: '19 minutes ago', Ports: '', Status: 'Up 19 minutes', Size: '0B (virtual 1.98MB)', Names: 'gotpl-b', Labels: labels, Networks: 'none' },
  { ...base, ID: 'd84ce4dd020c', Image: '23232607cb81', CreatedAt: '2026-11-22 11:26:00 +0000 UTC', RunningFor: '22 minutes ago', Ports: '', Status: 'Up 22 minutes', Size: '0B (virtual 1.98MB)', Names: 'gotpl-a', Labels: new Map(), Networks: 'bridge' },
];

const joinLabels = (m: ReadonlyMap<string, string>): string => [...m].map(([k, v]) => `${k}=${v}`).join(',');

/** A *formatter.ContainerContext: every column is a method; MarshalJSON is json.Marshal of the columns. */
function containerContext(r: Row): GoValue {
  const cols: Record<string, GoValue> = {
    Command: r.Command, CreatedAt: r.CreatedAt, ID: r.ID, Image: r.Image, Labels: joinLabels(r.Labels),
    LocalVolumes: r.LocalVolumes, Mounts: r.Mounts, Names: r.Names, Networks: r.Networks, Platform: null,
    Ports: r.Ports, RunningFor: r.RunningFor, Size: r.Size, State: r.State, Status: r.Status,
  };
  const methods: Record<string, GoMethod> = {};
  for (const [k, v] of Object.entries(cols)) if (k !== 'Platform') methods[k] = new GoMethod(() => v);
  methods.Label = new GoMethod((name) => r.Labels.get(name as string) ?? '', ['string']);
  return new GoPtr(goStruct(methods, {
    type: 'formatter.ContainerContext',
    marshalJSON: () => new RawJSON(marshalJSON(goMap(new Map(Object.entries(cols)), 'map[string]interface {}'), { escapeHTML: true })),
  }));
}

/** formatter.SubHeaderContext: a map[string]string of column titles with a Label method. */
const header = withMethods(
  goMap(new Map([
    ['ID', 'CONTAINER ID'], ['Names', 'NAMES'], ['Image', 'IMAGE'], ['Command', 'COMMAND'], ['CreatedAt', 'CREATED AT'],
    ['RunningFor', 'CREATED'], ['Ports', 'PORTS'], ['State', 'STATE'], ['Status', 'STATUS'], ['Size', 'SIZE'],
    ['Labels', 'LABELS'], ['Mounts', 'MOUNTS'], ['LocalVolumes', 'LOCAL VOLUMES'], ['Networks', 'NETWORKS'],
    ['Platform', 'PLATFORM'],
  ]), 'formatter.SubHeaderContext', 'map[string]string'),
  { Label: new GoMethod((name) => ((name as string).split('.').pop() ?? '').replace(/[-_]/g, ' '), ['string']) },
);

const ps = (format: string): ReturnType<typeof renderFormatted> => renderFormatted(format, rows.map(containerContext), header);

describe('parseFormatOption (formatter.Context.preFormat)', () => {
  it.each([
    ['table {{.ID}}\\t{{.Names}}', true, false, '{{.ID}}\t{{.Names}}'],
    ['table', true, false, ''],
    ['tablex {{.Names}}', true, false, 'x {{.Names}}'],
    ['json', false, true, '{{json .}}'],
    ['  {{.Names}}  ', false, false, '{{.Names}}'],
    ['{{.Names}}\\n{{.ID}}\\\\t', false, false, '{{.Names}}\n{{.ID}}\\\t'],
    ['\t{{.Names}}', false, false, '\t{{.Names}}'],
  ])('%j', (format, table, json, template) => {
    expect(parseFormatOption(format)).toEqual({ isTable: table, isJSON: json, template });
    expect(isTableFormat(format)).toBe(table);
  });
});

describe('docker ps --format (recorded from the real CLI)', () => {
  it.each([
    // docker ps -a --filter name=gotpl- --format 'table {{.Names}}\t{{.Image}}\t{{.Command}}'
    ['table {{.Names}}\\t{{.Image}}\\t{{.Command}}',
      'NAMES     IMAGE          COMMAND\ngotpl-c   68463c367cbe   "sleep 3000"\ngotpl-b   23232607cb81   "sleep 3000"\ngotpl-a   23232607cb81   "sleep 3000"\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.Names}}\t{{.Label "a"}}\t{{.Image}}'
    ['table {{.Names}}\\t{{.Label "a"}}\\t{{.Image}}',
      'NAMES     a         IMAGE\ngotpl-c   1         68463c367cbe\ngotpl-b   1         23232607cb81\ngotpl-a             23232607cb81\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.Names}}\t{{.Labels}}'
    ['table {{.Names}}\\t{{.Labels}}',
      'NAMES     LABELS\ngotpl-c   B=up,a=1,b=x y,c=,z.k=v\ngotpl-b   B=up,a=1,b=x y,c=,z.k=v\ngotpl-a   \n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.Names}}\t{{.Networks}}\t{{.Ports}}\t{{.State}}'
    ['table {{.Names}}\\t{{.Networks}}\\t{{.Ports}}\\t{{.State}}',
      'NAMES     NETWORKS    PORTS                     STATE\ngotpl-c   gotpl-net   127.0.0.1:38417->80/tcp   running\ngotpl-b   none                                  running\ngotpl-a   bridge                                running\n'],
    // docker ps -a --filter name=gotpl- --format '{{.Names}}: {{.Ports}}'
    ['{{.Names}}: {{.Ports}}', 'gotpl-c: 127.0.0.1:38417->80/tcp\ngotpl-b: \ngotpl-a: \n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.ID}}'
    ['table {{.ID}}', 'CONTAINER ID\n64be72c459fe\na1c9f6311c8b\nd84ce4dd020c\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{upper .Names}}|{{json .State}}\t{{truncate .Names 4}}'
    ['table {{upper .Names}}|{{json .State}}\\t{{truncate .Names 4}}',
      'NAMES|STATE         NAMES\nGOTPL-C|"running"   gotp\nGOTPL-B|"running"   gotp\nGOTPL-A|"running"   gotp\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'
    // (the default table: what `--format table` prints)
    ['table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}',
      'CONTAINER ID   IMAGE          COMMAND        CREATED          STATUS          PORTS                     NAMES\n'
      + '64be72c459fe   68463c367cbe   "sleep 3000"   4 minutes ago    Up 4 minutes    127.0.0.1:38417->80/tcp   gotpl-c\n'
      + 'a1c9f6311c8b   23232607cb81   "sleep 3000"   19 minutes ago   Up 19 minutes                             gotpl-b\n'
      + 'd84ce4dd020c   23232607cb81   "sleep 3000"   22 minutes ago   Up 22 minutes                             gotpl-a\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{json .}}'  (the header's json wants a string: it fails, leaving an empty line)
    ['table {{json .}}',
      '\n'
      + '{"Command":"\\"sleep 3000\\"","CreatedAt":"2026-11-22 11:44:25 +0000 UTC","ID":"64be72c459fe","Image":"68463c367cbe","Labels":"B=up,a=1,b=x y,c=,z.k=v","LocalVolumes":"0","Mounts":"","Names":"gotpl-c","Networks":"gotpl-net","Platform":null,"Ports":"127.0.0.1:38417-\\u003e80/tcp","RunningFor":"4 minutes ago","Size":"0B (virtual 1.99MB)","State":"running","Status":"Up 4 minutes"}\n'
      + '{"Command":"\\"sleep 3000\\"","CreatedAt":"2026-11-22 11:29:03 +0000 UTC","ID":"a1c9f6311c8b","Image":"23232607cb81","Labels":"B=up,a=1,b=x y,c=,z.k=v","LocalVolumes":"0","Mounts":"","Names":"gotpl-b","Networks":"none","Platform":null,"Ports":"","RunningFor":"19 minutes ago","Size":"0B (virtual 1.98MB)","State":"running","Status":"Up 19 minutes"}\n'
      + '{"Command":"\\"sleep 3000\\"","CreatedAt":"2026-11-22 11:26:00 +0000 UTC","ID":"d84ce4dd020c","Image":"23232607cb81","Labels":"","LocalVolumes":"0","Mounts":"","Names":"gotpl-a","Networks":"bridge","Platform":null,"Ports":"","RunningFor":"22 minutes ago","Size":"0B (virtual 1.98MB)","State":"running","Status":"Up 22 minutes"}\n'],
    // docker ps -a --filter name=gotpl- --format '{{.Names}}\t{{.State}}'  (no table: the tab stays a tab)
    ['{{.Names}}\\t{{.State}}', 'gotpl-c\trunning\ngotpl-b\trunning\ngotpl-a\trunning\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{.Names}}\n{{.State}}'
    ['table {{.Names}}\\n{{.State}}', 'NAMES\nSTATE\ngotpl-c\nrunning\ngotpl-b\nrunning\ngotpl-a\nrunning\n'],
    // docker ps -a --filter name=gotpl- --format 'table   {{.Names}}   '
    ['table   {{.Names}}   ', 'NAMES\ngotpl-c\ngotpl-b\ngotpl-a\n'],
    // docker ps -a --filter name=gotpl- --format 'table {{pad .Names 2 2}}\t{{.State}}'  (pad is not a header function)
    ['table {{pad .Names 2 2}}\\t{{.State}}', '  NAMES       STATE\n  gotpl-c     running\n  gotpl-b     running\n  gotpl-a     running\n'],
  ])('%s', (format, out) => {
    expect(ps(format)).toEqual({ ok: true, out });
  });

  it('names the context type in field errors', () => {
    // docker ps --format '{{.Foo}}' reports: can't evaluate field Foo in type *formatter.ContainerContext
    // (ps validates the raw format first and says "failed to execute template: "; the formatter says "template parsing error: ")
    expect(ps('{{.Foo}}')).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    });
    // docker ps --format '{{.Names.Foo}}' → ... at <.Names.Foo>: can't evaluate field Foo in type string
    expect(ps('{{.Names.Foo}}')).toMatchObject({ error: expect.stringContaining(':1:8: executing "" at <.Names.Foo>: can\'t evaluate field Foo in type string') });
    // docker ps --format '{{.Label}}' → ... at <.Label>: wrong number of args for Label: want 1 got 0
    expect(ps('{{.Label}}')).toMatchObject({ error: expect.stringContaining('at <.Label>: wrong number of args for Label: want 1 got 0') });
  });

  it('reports parse errors before rendering anything', () => {
    expect(ps('table {{.Names')).toEqual({ ok: false, error: 'template parsing error: template: :1: unclosed action' });
  });

  it('prints nothing but the header for no rows', () => {
    expect(renderFormatted('table {{.ID}}\\t{{.Names}}', [], header)).toEqual({ ok: true, out: 'CONTAINER ID   NAMES\n' });
    expect(renderFormatted('{{.ID}}', [], header)).toEqual({ ok: true, out: '' });
  });
});
