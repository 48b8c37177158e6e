// How `docker inspect -f` treats several objects (cli/command/inspect): outputs
// and errors are collected, an empty result still prints a newline, and the
// raw fallback's Option("missingkey=error") sticks to the template for the
// objects after it. Outputs recorded from the real CLI with gotpl-a/gotpl-b;
// here two copies of the gotpl-c fixture play those containers.
import { describe, expect, it } from 'vitest';
import { decodeJSON, decodeTyped, inspectFormat } from '../../../src/shell/go-template/index.js';
import type { InspectElement } from '../../../src/shell/go-template/index.js';
import { containerInspect } from './fixtures/docker-types.js';
import { containerRaw } from './fixtures/engine-data.js';

function as(name: string, id: string): InspectElement {
  const raw = containerRaw.replace('"/gotpl-c"', JSON.stringify(`/${name}`)).replace(/"Id": "[0-9a-f]+"/, `"Id": "${id}"`);
  return { typed: decodeTyped(containerInspect, decodeJSON(raw)), raw };
}

const a = as('gotpl-a', 'd84ce4dd020c3844f7baa9cb7c06abda53344eb6bd750dcffd96b9dea99be072');
const b = as('gotpl-b', 'a1c9f6311c8b');
// .Id exists only in the raw JSON (the typed field is ID): gotpl-a needs the fallback, gotpl-b does not.
const T = '{{if eq .Name "/gotpl-a"}}{{.Id}}{{else}}{{.Config.Labels.nope}}{{end}}';
const noEntry = 'template parsing error: template: :1:50: executing "" at <.Config.Labels.nope>: map has no entry for key "nope"';

describe('docker inspect -f over several objects', () => {
  it('keeps missingkey=error after a fallback (docker inspect -f T gotpl-a gotpl-b)', () => {
    expect(inspectFormat(T, [a, b])).toEqual({
      stdout: 'd84ce4dd020c3844f7baa9cb7c06abda53344eb6bd750dcffd96b9dea99be072\n',
      stderr: `${noEntry}\n`,
      exitCode: 1,
    });
  });

  it('prints <no value> when no fallback happened before (docker inspect -f T gotpl-b gotpl-a)', () => {
    expect(inspectFormat(T, [b, a])).toEqual({
      stdout: '<no value>\nd84ce4dd020c3844f7baa9cb7c06abda53344eb6bd750dcffd96b9dea99be072\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('lists lookup failures in order with template errors (docker inspect -f T gotpl-a nope gotpl-b)', () => {
    expect(inspectFormat(T, [a, { error: 'Error: No such object: nope' }, b])).toEqual({
      stdout: 'd84ce4dd020c3844f7baa9cb7c06abda53344eb6bd750dcffd96b9dea99be072\n',
      stderr: `Error: No such object: nope\n${noEntry}\n`,
      exitCode: 1,
    });
  });

  it('prints a lone newline when nothing was printed (docker inspect -f T nope)', () => {
    expect(inspectFormat(T, [{ error: 'Error: No such object: nope' }])).toEqual({
      stdout: '\n', stderr: 'Error: No such object: nope\n', exitCode: 1,
    });
  });

  it('joins one error per failing object (docker inspect -f "{{.Foo}}" gotpl-a gotpl-b)', () => {
    const err = 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"';
    expect(inspectFormat('{{.Foo}}', [a, b])).toEqual({ stdout: '\n', stderr: `${err}\n${err}\n`, exitCode: 1 });
  });

  it('exits 64 on a parse error before looking at any object', () => {
    expect(inspectFormat('{{.Name', [a])).toEqual({
      stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', exitCode: 64,
    });
  });

  it('reports the typed error when there is no raw JSON to fall back to', () => {
    expect(inspectFormat('{{.Foo}}', [{ typed: a.typed }])).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type container.InspectResponse\n',
      exitCode: 1,
    });
  });
});
