// encoding/json as Docker's `json` function uses it, and the UseNumber decoder
// of docker inspect's raw pass.
import { describe, expect, it } from 'vitest';
import {
  GoFloat, GoNamed, GoNil, GoNumber, GoPtr, RawJSON, decodeJSON, goMap, goSlice, goStruct, goTime, marshalJSON,
  renderTemplate,
} from '../../../src/shell/go-template/index.js';
import type { GoValue } from '../../../src/shell/go-template/index.js';

const json = (v: GoValue): string => {
  const r = renderTemplate('{{json .}}', v);
  return r.ok ? r.out : `ERR ${r.error}`;
};

describe('marshalJSON / the json function', () => {
  it('escapes like Go, without HTML escaping in Docker\'s json', () => {
    expect(json('<a href="x">&\u2028\u0001\b\f\n\r\t\\')).toBe('"<a href=\\"x\\">&\\u2028\\u0001\\b\\f\\n\\r\\t\\\\"');
    expect(marshalJSON('<&>', { escapeHTML: true })).toBe('"\\u003c\\u0026\\u003e"');
    expect(json('é😀')).toBe('"é😀"');
  });

  it('encodes numbers as Go does', () => {
    expect(json(goSlice([1, new GoFloat(1.5), new GoFloat(1e21), new GoFloat(1e-7), new GoFloat(100), new GoNumber('1.50')], '[]interface {}')))
      .toBe('[1,1.5,1e+21,1e-7,100,1.50]');
    expect(json(new GoFloat(NaN))).toBe('ERR template: :1:2: executing "" at <json .>: error calling json: json: unsupported value: NaN');
  });

  it('sorts map keys bytewise and keeps struct field order, tags and omitempty', () => {
    expect(json(new Map([['b', 1], ['B', 2], ['a', 3], ['é', 4], ['z', 5]]))).toBe('{"B":2,"a":3,"b":1,"z":5,"é":4}');
    const s = goStruct(
      { ID: 'x', Name: '', Health: new GoNil('*container.Health'), Secret: 's', Size: 0, lower: 'hidden', Tags: goSlice([], '[]string') },
      { json: { ID: 'Id', Name: ',omitempty', Health: ',omitempty', Secret: '-', Size: 'SizeRw,omitempty', Tags: ',omitempty' } },
    );
    expect(json(s)).toBe('{"Id":"x"}');
  });

  it('uses MarshalJSON results, raw or as values', () => {
    expect(json(goStruct({ A: 1 }, { marshalJSON: () => 'custom' }))).toBe('"custom"');
    expect(json(goStruct({ A: 1 }, { marshalJSON: () => new RawJSON('{"x":"\\u003e"}') }))).toBe('{"x":"\\u003e"}');
    expect(json({ T: goTime('2026-11-22T11:44:22.141402879Z'), U: goTime('2026-01-02T03:04:05.500Z') }))
      .toBe('{"T":"2026-11-22T11:44:22.141402879Z","U":"2026-01-02T03:04:05.5Z"}');
  });

  it('encodes pointers, named types and nils', () => {
    expect(json({ P: new GoPtr(goStruct({ A: true }, {})), N: new GoNamed('nat.Port', '80/tcp'), Z: null, M: goMap(new Map(), 'map[string]string') }))
      .toBe('{"P":{"A":true},"N":"80/tcp","Z":null,"M":{}}');
  });
});

describe('decodeJSON (json.Decoder with UseNumber into interface{})', () => {
  it('keeps numbers as json.Number text and types containers as interface{} ones', () => {
    const v = decodeJSON('{"b": [1, 2.50, -0, 1e3], "a": {"x": null, "y": "s\\u00e9"}, "c": true}');
    const r = renderTemplate('{{printf "%T %T %T" . .b (index .b 1)}} {{.}} {{json .}}', v);
    expect(r).toEqual({
      ok: true,
      out: 'map[string]interface {} []interface {} json.Number map[a:map[x:<nil> y:sé] b:[1 2.50 -0 1e3] c:true] {"a":{"x":null,"y":"sé"},"b":[1,2.50,-0,1e3],"c":true}',
    });
  });

  it('rejects malformed JSON', () => {
    expect(() => decodeJSON('{"a": }')).toThrow();
    expect(() => decodeJSON('[1] x')).toThrow();
  });
});
