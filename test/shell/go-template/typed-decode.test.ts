// decodeTyped: json.Unmarshal into Go types described with goType, as the
// docker CLI builds the typed values its templates see first.
import { describe, expect, it } from 'vitest';
import { decodeJSON, decodeTyped, goType as t, renderTemplate, timeSpec, typeName } from '../../../src/shell/go-template/index.js';
import type { GoValue } from '../../../src/shell/go-template/index.js';

const out = (src: string, v: GoValue): string => {
  const r = renderTemplate(src, v);
  return r.ok ? r.out : `ERR ${r.error}`;
};

const health = t.struct('container.Health', [t.field('Status', 'string')]);
const state = t.struct('container.State', [
  t.field('Status', 'string'), t.field('Pid', 'int'), t.field('Health', t.ptr(health), ',omitempty'),
]);
const spec = t.struct('x.Inspect', [
  t.field('ID', 'string', 'Id'),
  t.field('State', t.ptr(state)),
  t.field('Cmd', t.slice('string', 'strslice.StrSlice')),
  t.field('Labels', t.map('string')),
  t.field('Links', t.slice('string')),
  t.field('Extra', 'interface {}'),
  t.field('Created', timeSpec),
  t.field('Mode', t.named('container.NetworkMode', 'string')),
]);

describe('decodeTyped', () => {
  const v = decodeTyped(spec, decodeJSON(
    '{"Id":"abc","state":{"Status":"running","Pid":42},"Cmd":["sh"],"Labels":{"a":"1"},"Links":null,"Extra":{"n":1},"Created":"2026-11-22T11:44:22.5Z","Mode":"bridge","Unknown":1}',
  ));

  it('fills fields by json name (case-insensitively), zeroes the rest', () => {
    expect(out('{{.ID}} {{.State.Status}} {{.State.Pid}} {{.Cmd}} {{.Labels}} {{.Links}} {{.State.Health}} {{.Mode}}', v))
      .toBe('abc running 42 [sh] map[a:1] [] <nil> bridge');
    expect(out('{{json .State}}', v)).toBe('{"Status":"running","Pid":42}');
  });

  it('gives Go types to everything', () => {
    expect(out('{{printf "%T|%T|%T|%T|%T|%T" .State .Cmd .Links .Extra .Created .Mode}}', v))
      .toBe('*container.State|strslice.StrSlice|[]string|map[string]interface {}|time.Time|container.NetworkMode');
    expect(out('{{printf "%T" .Extra.n}}', v)).toBe('float64'); // interface{} numbers decode as float64
    expect(out('{{.Created}}', v)).toBe('2026-11-22 11:44:22.5 +0000 UTC');
    expect(out('{{.Nope}}', v)).toBe('ERR template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type x.Inspect');
  });

  it('decodes missing or null objects to zero values', () => {
    const z = decodeTyped(spec, decodeJSON('{}'));
    expect(out('{{.ID}}|{{.State}}|{{.Cmd}}|{{.Labels}}|{{.Extra}}|{{.Created}}|{{json .Links}}', z))
      .toBe('|<nil>|[]|map[]|<no value>|0001-01-01 00:00:00 +0000 UTC|null');
  });

  it('names types as Go prints them', () => {
    expect(typeName(t.map(t.slice(t.ptr(health)), 'nat.Port'))).toBe('map[nat.Port][]*container.Health');
    expect(typeName(spec)).toBe('x.Inspect');
  });
});
