// Parse errors (exit code 64) and structural execution errors, including
// multi-line templates whose line numbers and "started at" notes must match.
// Every case was recorded from the real docker CLI 28.2.2 (command above it).
import { describe, expect, it } from 'vitest';
import { inspectFormat } from '../../../src/shell/go-template/index.js';
import { container } from './fixtures/engine-data.js';

// [format, stdout, stderr, exit code]
const cases: [string, string, string, number][] = [
  // docker inspect -f '{{' gotpl-c
  ["{{", "", "template parsing error: template: :1: unclosed action\n", 64],
  // docker inspect -f '{{.Name' gotpl-c
  ["{{.Name", "", "template parsing error: template: :1: unclosed action\n", 64],
  // docker inspect -f $'\n{{.Name' gotpl-c
  ["\n{{.Name", "", "template parsing error: template: :2: unclosed action\n", 64],
  // docker inspect -f $'{{.Name\n}}' gotpl-c
  ["{{.Name\n}}", "/gotpl-c\n", "", 0],
  // docker inspect -f $'{{.Name\n' gotpl-c
  ["{{.Name\n", "", "template parsing error: template: :2: unclosed action started at :1\n", 64],
  // docker inspect -f $'{{if 1}}\n{{.Name}}\n{{end}} {{end}}' gotpl-c
  ["{{if 1}}\n{{.Name}}\n{{end}} {{end}}", "", "template parsing error: template: :3: unexpected {{end}}\n", 64],
  // docker inspect -f $'\n{{.Name | foo}}' gotpl-c
  ["\n{{.Name | foo}}", "", "template parsing error: template: :2: function \"foo\" not defined\n", 64],
  // docker inspect -f $'\n  {{.Name.Foo}}' gotpl-c
  ["\n  {{.Name.Foo}}", "\n", "template parsing error: template: :2:9: executing \"\" at <.Name.Foo>: can't evaluate field Foo in type interface {}\n", 1],
  // docker inspect -f $'a\nb\n{{.Foo}}' gotpl-c
  ["a\nb\n{{.Foo}}", "\n", "template parsing error: template: :3:2: executing \"\" at <.Foo>: map has no entry for key \"Foo\"\n", 1],
  // docker inspect -f $'a\nb {{.Nope}}' gotpl-c
  ["a\nb {{.Nope}}", "\n", "template parsing error: template: :2:4: executing \"\" at <.Nope>: map has no entry for key \"Nope\"\n", 1],
  // docker inspect -f $'{{if 1}}\nx\n{{else}}\ny' gotpl-c
  ["{{if 1}}\nx\n{{else}}\ny", "", "template parsing error: template: :4: unexpected EOF\n", 64],
  // docker inspect -f '{{end}}' gotpl-c
  ["{{end}}", "", "template parsing error: template: :1: unexpected {{end}}\n", 64],
  // docker inspect -f '{{else}}' gotpl-c
  ["{{else}}", "", "template parsing error: template: :1: unexpected {{else}}\n", 64],
  // docker inspect -f '{{if 1}}x' gotpl-c
  ["{{if 1}}x", "", "template parsing error: template: :1: unexpected EOF\n", 64],
  // docker inspect -f '{{if}}{{end}}' gotpl-c
  ["{{if}}{{end}}", "", "template parsing error: template: :1: missing value for if\n", 64],
  // docker inspect -f '{{range}}{{end}}' gotpl-c
  ["{{range}}{{end}}", "", "template parsing error: template: :1: missing value for range\n", 64],
  // docker inspect -f '{{with}}{{end}}' gotpl-c
  ["{{with}}{{end}}", "", "template parsing error: template: :1: missing value for with\n", 64],
  // docker inspect -f '{{with $x := 1}}{{$x}}{{end}}{{$x}}' gotpl-c
  ["{{with $x := 1}}{{$x}}{{end}}{{$x}}", "", "template parsing error: template: :1: undefined variable \"$x\"\n", 64],
  // docker inspect -f '{{$y}}' gotpl-c
  ["{{$y}}", "", "template parsing error: template: :1: undefined variable \"$y\"\n", 64],
  // docker inspect -f '{{"\z"}}' gotpl-c
  ["{{\"\\z\"}}", "", "template parsing error: template: :1: invalid syntax\n", 64],
  // docker inspect -f $'{{"a\n' gotpl-c
  ["{{\"a\n", "", "template parsing error: template: :1: unterminated quoted string\n", 64],
  // docker inspect -f '{{'\''ab'\''}}' gotpl-c
  ["{{'ab'}}", "", "template parsing error: template: :1: malformed character constant: 'ab'\n", 64],
  // docker inspect -f '{{'\'''\''}}' gotpl-c
  ["{{''}}", "", "template parsing error: template: :1: invalid syntax\n", 64],
  // docker inspect -f '{{'\''a}}' gotpl-c
  ["{{'a}}", "", "template parsing error: template: :1: unterminated character constant\n", 64],
  // docker inspect -f '{{`abc' gotpl-c
  ["{{`abc", "", "template parsing error: template: :1: unterminated raw quoted string\n", 64],
  // docker inspect -f '{{0x}}' gotpl-c
  ["{{0x}}", "", "template parsing error: template: :1: illegal number syntax: \"0x\"\n", 64],
  // docker inspect -f '{{1e}}' gotpl-c
  ["{{1e}}", "", "template parsing error: template: :1: illegal number syntax: \"1e\"\n", 64],
  // docker inspect -f '{{08}}' gotpl-c
  ["{{08}}", "", "template parsing error: template: :1: integer overflow: \"08\"\n", 64],
  // docker inspect -f '{{1__0}}' gotpl-c
  ["{{1__0}}", "", "template parsing error: template: :1: illegal number syntax: \"1__0\"\n", 64],
  // docker inspect -f '{{99999999999999999999}}' gotpl-c
  ["{{99999999999999999999}}", "", "template parsing error: template: :1: integer overflow: \"99999999999999999999\"\n", 64],
  // docker inspect -f '{{9223372036854775808}}' gotpl-c
  ["{{9223372036854775808}}", "\n", "template parsing error: template: :1:2: executing \"\" at <9223372036854775808>: 9223372036854775808 overflows int\n", 1],
  // docker inspect -f '{{1.5.Foo}}' gotpl-c
  ["{{1.5.Foo}}", "", "template parsing error: template: :1: unexpected . after term \"1.5\"\n", 64],
  // docker inspect -f '{{"s".Foo}}' gotpl-c
  ["{{\"s\".Foo}}", "", "template parsing error: template: :1: unexpected . after term \"\\\"s\\\"\"\n", 64],
  // docker inspect -f '{{nil.Foo}}' gotpl-c
  ["{{nil.Foo}}", "", "template parsing error: template: :1: unexpected . after term \"nil\"\n", 64],
  // docker inspect -f '{{..Foo}}' gotpl-c
  ["{{..Foo}}", "", "template parsing error: template: :1: unexpected . after term \".\"\n", 64],
  // docker inspect -f '{{.Foo | 3}}' gotpl-c
  ["{{.Foo | 3}}", "", "template parsing error: template: :1: non executable command in pipeline stage 2\n", 64],
  // docker inspect -f '{{.Foo | "x"}}' gotpl-c
  ["{{.Foo | \"x\"}}", "", "template parsing error: template: :1: non executable command in pipeline stage 2\n", 64],
  // docker inspect -f '{{.Foo | .}}' gotpl-c
  ["{{.Foo | .}}", "", "template parsing error: template: :1: non executable command in pipeline stage 2\n", 64],
  // docker inspect -f '{{print | nil}}' gotpl-c
  ["{{print | nil}}", "", "template parsing error: template: :1: non executable command in pipeline stage 2\n", 64],
  // docker inspect -f '{{ /* a */ }}' gotpl-c
  ["{{ /* a */ }}", "", "template parsing error: template: :1: unexpected \"/\" in command\n", 64],
  // docker inspect -f '{{/* unclosed' gotpl-c
  ["{{/* unclosed", "", "template parsing error: template: :1: unclosed comment\n", 64],
  // docker inspect -f '{{/* a */ x}}' gotpl-c
  ["{{/* a */ x}}", "", "template parsing error: template: :1: comment ends before closing delimiter\n", 64],
  // docker inspect -f '{{range $k, $v, $z := .Config.Labels}}{{end}}' gotpl-c
  ["{{range $k, $v, $z := .Config.Labels}}{{end}}", "", "template parsing error: template: :1: too many declarations in range\n", 64],
  // docker inspect -f '{{$a, $b := 1}}' gotpl-c
  ["{{$a, $b := 1}}", "", "template parsing error: template: :1: too many declarations in command\n", 64],
  // docker inspect -f '{{range $k, 3}}{{end}}' gotpl-c
  ["{{range $k, 3}}{{end}}", "", "template parsing error: template: :1: range can only initialize variables\n", 64],
  // docker inspect -f '{{range $k, $v := .Config.Labels}}{{$k}}{{end}}{{$k}}' gotpl-c
  ["{{range $k, $v := .Config.Labels}}{{$k}}{{end}}{{$k}}", "", "template parsing error: template: :1: undefined variable \"$k\"\n", 64],
  // docker inspect -f '{{if 1}}{{else}}{{else}}{{end}}' gotpl-c
  ["{{if 1}}{{else}}{{else}}{{end}}", "", "template parsing error: template: :1: expected end; found {{else}}\n", 64],
  // docker inspect -f '{{if 1}}{{else with 1}}{{end}}' gotpl-c
  ["{{if 1}}{{else with 1}}{{end}}", "", "template parsing error: template: :1: unexpected <with> in input\n", 64],
  // docker inspect -f '{{with 1}}{{else if 1}}{{end}}{{end}}' gotpl-c
  ["{{with 1}}{{else if 1}}{{end}}{{end}}", "", "template parsing error: template: :1: unexpected <if> in input\n", 64],
  // docker inspect -f '{{.a€}}' gotpl-c
  ["{{.a€}}", "", "template parsing error: template: :1: bad character U+20AC '€'\n", 64],
  // docker inspect -f '{{$x=1}}' gotpl-c
  ["{{$x=1}}", "", "template parsing error: template: :1: bad character U+003D '='\n", 64],
  // docker inspect -f '{{$x:=1}}' gotpl-c
  ["{{$x:=1}}", "\n", "", 0],
  // docker inspect -f '{{:}}' gotpl-c
  ["{{:}}", "", "template parsing error: template: :1: expected :=\n", 64],
  // docker inspect -f '{{#}}' gotpl-c
  ["{{#}}", "", "template parsing error: template: :1: unexpected \"#\" in command\n", 64],
  // docker inspect -f '{{)}}' gotpl-c
  ["{{)}}", "", "template parsing error: template: :1: unexpected right paren\n", 64],
  // docker inspect -f '{{(3}}' gotpl-c
  ["{{(3}}", "", "template parsing error: template: :1: unclosed left paren\n", 64],
  // docker inspect -f '{{3)}}' gotpl-c
  ["{{3)}}", "", "template parsing error: template: :1: unexpected right paren\n", 64],
  // docker inspect -f '{{é}}' gotpl-c
  ["{{é}}", "", "template parsing error: template: :1: function \"é\" not defined\n", 64],
  // docker inspect -f '{{break}}' gotpl-c
  ["{{break}}", "", "template parsing error: template: :1: {{break}} outside {{range}}\n", 64],
  // docker inspect -f '{{continue}}' gotpl-c
  ["{{continue}}", "", "template parsing error: template: :1: {{continue}} outside {{range}}\n", 64],
  // docker inspect -f '{{range .Config.Env}}{{break 1}}{{end}}' gotpl-c
  ["{{range .Config.Env}}{{break 1}}{{end}}", "", "template parsing error: template: :1: unexpected \"1\" in {{break}}\n", 64],
  // docker inspect -f '{{range .Config.Env}}{{else}}{{break}}{{end}}' gotpl-c
  ["{{range .Config.Env}}{{else}}{{break}}{{end}}", "", "template parsing error: template: :1: {{break}} outside {{range}}\n", 64],
  // docker inspect -f '{{template}}' gotpl-c
  ["{{template}}", "", "template parsing error: template: :1: unexpected \"}}\" in template clause\n", 64],
  // docker inspect -f '{{template .Name}}' gotpl-c
  ["{{template .Name}}", "", "template parsing error: template: :1: unexpected \".Name\" in template clause\n", 64],
  // docker inspect -f '{{template "x" |}}' gotpl-c
  ["{{template \"x\" |}}", "", "template parsing error: template: :1: unexpected \"|\" in template clause\n", 64],
  // docker inspect -f '{{define}}' gotpl-c
  ["{{define}}", "", "template parsing error: template: :1: unexpected \"}}\" in define clause\n", 64],
  // docker inspect -f '{{define "x"}}' gotpl-c
  ["{{define \"x\"}}", "", "template parsing error: template: :1: unexpected EOF\n", 64],
  // docker inspect -f '{{define "x"}}{{else}}{{end}}' gotpl-c
  ["{{define \"x\"}}{{else}}{{end}}", "", "template parsing error: template: :1: unexpected {{else}} in define clause\n", 64],
  // docker inspect -f '{{block "b"}}{{end}}' gotpl-c
  ["{{block \"b\"}}{{end}}", "", "template parsing error: template: :1: missing value for block clause\n", 64],
  // docker inspect -f '{{.Name "abcdefghijklmnop" |}}' gotpl-c
  ["{{.Name \"abcdefghijklmnop\" |}}", "\n", "template parsing error: template: :1:2: executing \"\" at <.Name>: Name is not a method but has arguments\n", 1],
  // docker inspect -f '{{"abcdefghijklmnop" "x"}}' gotpl-c
  ["{{\"abcdefghijklmnop\" \"x\"}}", "\n", "template parsing error: template: :1:2: executing \"\" at <\"abcdefghijklmnop\">: can't give argument to non-function \"abcdefghijklmnop\"\n", 1],
  // docker inspect -f '{{3 3 | 4}}' gotpl-c
  ["{{3 3 | 4}}", "", "template parsing error: template: :1: non executable command in pipeline stage 2\n", 64],
  // docker inspect -f '{{foo}}' gotpl-c
  ["{{foo}}", "", "template parsing error: template: :1: function \"foo\" not defined\n", 64],
  // docker inspect -f '{{.Name | foo}}' gotpl-c
  ["{{.Name | foo}}", "", "template parsing error: template: :1: function \"foo\" not defined\n", 64],
  // docker inspect -f '{{(foo)}}' gotpl-c
  ["{{(foo)}}", "", "template parsing error: template: :1: function \"foo\" not defined\n", 64],
  // docker inspect -f '{{.Name|}}' gotpl-c
  ["{{.Name|}}", "/gotpl-c\n", "", 0],
  // docker inspect -f '{{|.Name}}' gotpl-c
  ["{{|.Name}}", "", "template parsing error: template: :1: unexpected \"|\" in command\n", 64],
  // docker inspect -f '{{.Name | | len}}' gotpl-c
  ["{{.Name | | len}}", "", "template parsing error: template: :1: unexpected \"|\" in command\n", 64],
  // docker inspect -f '{{ }}' gotpl-c
  ["{{ }}", "", "template parsing error: template: :1: missing value for command\n", 64],
  // docker inspect -f '{{}}' gotpl-c
  ["{{}}", "", "template parsing error: template: :1: missing value for command\n", 64],
  // docker inspect -f '{{-}}' gotpl-c
  ["{{-}}", "", "template parsing error: template: :1: illegal number syntax: \"-\"\n", 64],
  // docker inspect -f '{{- }}' gotpl-c
  ["{{- }}", "", "template parsing error: template: :1: missing value for command\n", 64],
  // docker inspect -f '{{ -}}' gotpl-c
  ["{{ -}}", "", "template parsing error: template: :1: missing value for command\n", 64],
  // docker inspect -f '{{.Name -}' gotpl-c
  ["{{.Name -}", "", "template parsing error: template: :1: illegal number syntax: \"-\"\n", 64],
  // docker inspect -f '{{$.}}' gotpl-c
  ["{{$.}}", "", "template parsing error: template: :1: unexpected <.> in operand\n", 64],
  // docker inspect -f '{{$x}}' gotpl-c
  ["{{$x}}", "", "template parsing error: template: :1: undefined variable \"$x\"\n", 64],
];

describe('template errors (recorded from the real CLI)', () => {
  it.each(cases)('%s', (format, stdout, stderr, exitCode) => {
    expect(inspectFormat(format, [container])).toEqual({ stdout, stderr, exitCode });
  });

  it('prints nested pointers as addresses, like Go (addresses normalised)', () => {
    // docker inspect -f '{{$}}' gotpl-c  →  {0xc000490dc0 [] 0xc000500640 0xc00048dc00 <nil>}
    const { stdout } = inspectFormat('{{$}}', [container]);
    expect(stdout.replace(/0xc[0-9a-f]+/g, '0xADDR')).toBe('{0xADDR [] 0xADDR 0xADDR <nil>}\n');
  });
});
