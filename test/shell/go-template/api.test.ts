// The public API: parseTemplate / execute / renderTemplate, their options
// (missingkey, rootType, function overrides), error classes, and the value
// model (structs, maps, typed nils, pointers, methods, named types).
import { describe, expect, it } from 'vitest';
import {
  FuncError, GoFloat, GoMethod, GoNamed, GoNil, GoNumber, GoPtr, TemplateExecError, TemplateParseError,
  dockerHeaderFuncs, execute, goMap, goSlice, goStruct, parseTemplate, renderTemplate,
} from '../../../src/shell/go-template/index.js';
import type { GoValue } from '../../../src/shell/go-template/index.js';

const render = (src: string, data: GoValue = null): string => {
  const r = renderTemplate(src, data);
  return r.ok ? r.out : `ERR ${r.error}`;
};

describe('renderTemplate', () => {
  it('returns Go\'s own error text, without Docker\'s prefix', () => {
    expect(renderTemplate('{{.Name', {})).toEqual({ ok: false, error: 'template: :1: unclosed action' });
    expect(renderTemplate('{{foo}}', {})).toEqual({ ok: false, error: 'template: :1: function "foo" not defined' });
    expect(renderTemplate('{{.Foo}}', new Map())).toEqual({ ok: true, out: '<no value>' });
    expect(renderTemplate('{{.Foo}}', {})).toEqual({
      ok: false, error: 'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type struct {}',
    });
  });

  it('names the root type given in options', () => {
    expect(renderTemplate('{{.Foo}}', { ID: 'x' }, { rootType: '*types.ContainerJSON' })).toEqual({
      ok: false, error: 'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *types.ContainerJSON',
    });
    expect(render('{{.ID}}', { ID: 'x' })).toBe('x');
  });

  it('treats nil data as no value at all', () => {
    expect(render('{{.}}|{{.Foo}}|{{print .}}')).toBe('<no value>|<no value>|<nil>');
  });
});

describe('execute options', () => {
  const t = parseTemplate('{{.a}}/{{.missing}}');
  const m = goMap(new Map([['a', 'x']]), 'map[string]string');

  it('implements missingkey=default, zero and error', () => {
    expect(execute(t, m)).toBe('x/<no value>');
    expect(execute(t, m, { missingKey: 'zero' })).toBe('x/');
    expect(() => execute(t, m, { missingKey: 'error' })).toThrow('map has no entry for key "missing"');
    // missingkey=zero on map[string]interface{} still prints <no value>: the zero interface is nil
    expect(execute(t, goMap(new Map([['a', 'x']]), 'map[string]interface {}'), { missingKey: 'zero' })).toBe('x/<no value>');
  });

  it('keeps the output written before an error', () => {
    try {
      execute(parseTemplate('ok {{.a}} {{index .a 5}}'), m);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateExecError);
      expect((e as TemplateExecError).partialOutput).toBe('ok x ');
      expect((e as Error).message).toBe('template: :1:12: executing "" at <index .a 5>: error calling index: index out of range: 5');
    }
  });

  it('lets functions be replaced at execution, as Template.Funcs does (table headers)', () => {
    const tmpl = parseTemplate('{{upper .Names}}|{{json .Image}}|{{truncate .ID 3}}');
    const row = { Names: 'web', Image: 'busybox', ID: '64be72c459fe' };
    expect(execute(tmpl, row)).toBe('WEB|"busybox"|64b');
    const head = goMap(new Map([['Names', 'NAMES'], ['Image', 'IMAGE'], ['ID', 'CONTAINER ID']]), 'map[string]string');
    expect(execute(tmpl, head, { funcs: dockerHeaderFuncs })).toBe('NAMES|IMAGE|CONTAINER ID');
  });

  it('accepts extra functions at parse and execution time', () => {
    const funcs = { double: { params: ['int'] as const, call: ([n]: readonly unknown[]) => (n as number) * 2 } };
    const tmpl = parseTemplate('{{double 21}} {{3 | double}}', { funcs });
    expect(execute(tmpl, null, { funcs })).toBe('42 6');
    const failing = { boom: { params: [] as const, call: () => { throw new FuncError('no way'); } } };
    expect(() => execute(parseTemplate('{{boom}}', { funcs: failing }), null, { funcs: failing }))
      .toThrow('template: :1:2: executing "" at <boom>: error calling boom: no way');
  });

  it('throws TemplateParseError for bad templates', () => {
    expect(() => parseTemplate('{{if}}')).toThrow(TemplateParseError);
    expect(() => parseTemplate('{{if}}')).toThrow('template: :1: missing value for if');
  });
});

describe('the value model', () => {
  it('prints struct fields in order and map keys sorted', () => {
    expect(render('{{.}}', { Z: 1, A: 'a', M: new Map([['b', 2], ['a', 1]]) })).toBe('{1 a map[a:1 b:2]}');
    expect(render('{{printf "%+v" .}}', { Z: 1, A: 'a' })).toBe('{Z:1 A:a}');
  });

  it('distinguishes nil interfaces, typed nils and missing keys', () => {
    const data = { I: null, S: new GoNil('[]string'), M: new GoNil('map[string]string'), P: new GoNil('*container.Health') };
    expect(render('{{.I}}|{{.S}}|{{.M}}|{{.P}}|{{.M.x}}', data)).toBe('<no value>|[]|map[]|<nil>|<no value>');
    expect(render('{{.}}', data)).toBe('{<nil> [] map[] <nil>}');
    expect(render('{{json .}}', data)).toBe('{"I":null,"S":null,"M":null,"P":null}');
    expect(render('{{.P.Status}}', data)).toBe('ERR template: :1:4: executing "" at <.P.Status>: nil pointer evaluating *container.Health.Status');
    expect(render('{{.I.Status}}', data)).toBe('ERR template: :1:4: executing "" at <.I.Status>: nil pointer evaluating interface {}.Status');
  });

  it('prints pointers to structs as &{...} at top level of fmt and as addresses inside', () => {
    const p = new GoPtr(goStruct({ A: 1 }, { type: 'x.T' }), 0xc000123450);
    expect(render('{{.}}|{{print .}}|{{printf "%p" .}}', p)).toBe('{1}|&{1}|0xc000123450');
    expect(render('{{.}}', { P: p })).toBe('{0xc000123450}');
    expect(render('{{printf "%T" .}}', p)).toBe('*x.T');
  });

  it('calls methods, checking their arguments', () => {
    const ctx = goStruct({
      Names: new GoMethod(() => 'web'),
      Label: new GoMethod((k) => `label:${String(k)}`, ['string']),
    }, { type: 'formatter.ContainerContext' });
    const p = new GoPtr(ctx);
    expect(render('{{.Names}} {{.Label "a"}} {{"b" | .Label}}', p)).toBe('web label:a label:b');
    expect(render('{{.Label}}', p)).toBe('ERR template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0');
    expect(render('{{.Label 1}}', p)).toBe('ERR template: :1:9: executing "" at <1>: expected string; found 1');
    expect(render('{{.Names.Foo}}', p)).toBe('ERR template: :1:8: executing "" at <.Names.Foo>: can\'t evaluate field Foo in type string');
  });

  it('follows embedded structs for fields and JSON', () => {
    const base = goStruct({ ID: 'abc', Name: '/web' }, { type: 'container.ContainerJSONBase', json: { ID: 'Id' } });
    const c = goStruct({ ContainerJSONBase: new GoPtr(base), Mounts: goSlice([], '[]container.MountPoint') }, {
      type: 'container.InspectResponse', embedded: ['ContainerJSONBase'],
    });
    expect(render('{{.ID}} {{.Name}} {{.Mounts}}', c)).toBe('abc /web []');
    expect(render('{{json .}}', c)).toBe('{"Id":"abc","Name":"/web","Mounts":[]}');
  });

  it('keeps named types apart from their underlying types', () => {
    const mode = new GoNamed('container.NetworkMode', 'bridge');
    expect(render('{{.}} {{printf "%T" .}} {{eq . "bridge"}} {{len .}}', mode)).toBe('bridge container.NetworkMode true 6');
    expect(render('{{lower .}}', mode)).toBe('ERR template: :1:8: executing "" at <.>: wrong type for value; expected string; got container.NetworkMode');
    const cmd = goSlice(['sleep', '3000'], 'strslice.StrSlice', '[]string');
    expect(render('{{join . " "}} {{printf "%T" .}}', cmd)).toBe('sleep 3000 strslice.StrSlice');
    const d = new GoNamed('time.Duration', 30_000_000_000, () => '30s');
    expect(render('{{.}} {{printf "%d" .}}', d)).toBe('30s 30000000000');
  });

  it('formats floats and json.Numbers as Go does', () => {
    expect(render('{{.F}} {{.G}} {{.N}} {{json .N}} {{.I}}', { F: new GoFloat(3), G: new GoFloat(1e21), N: new GoNumber('1.50'), I: 3 }))
      .toBe('3 1e+21 1.50 1.50 3');
  });

  it('infers slice and map element types when not declared', () => {
    expect(render('{{printf "%T %T %T" .A .B .C}}', { A: ['x'], B: [1, 'x'], C: new Map([['k', 1]]) }))
      .toBe('[]string []interface {} map[string]int');
    expect(render('{{join .A ","}}', { A: ['x', 'y'] })).toBe('x,y');
  });
});
