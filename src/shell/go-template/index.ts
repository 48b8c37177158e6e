// Docker's Go templates (`docker inspect -f`, `docker ps --format`, ...): a port
// of Go's text/template (Go 1.24, as in docker CLI 28) with docker/cli's
// functions, printing exactly what Docker prints, error texts included.
//
// Supported
// - Syntax: text, {{.Field.Sub}}, {{.}}, {{$}}, {{$x := ...}}, {{$x = ...}},
//   {{if}}/{{else if}}/{{else}}, {{with}}/{{else with}}, {{range}} (slices, maps
//   in sorted key order, ints; `$i, $v :=`; {{else}}; {{break}}/{{continue}}),
//   pipelines `|`, parentheses and chains `(x).F`, trim markers {{- -}},
//   comments {{/* */}}, string/raw-string/char/int/float/hex/octal/binary/
//   complex/bool/nil literals, {{define}}, {{template}}, {{block}}.
// - Go builtins: and or not len index slice print printf println html js
//   urlquery eq ne lt le gt ge (call only reports "call of nil"/"non-function":
//   there are no function values in the data model).
// - Docker's functions: json (encoding/json, no HTML escaping, no trailing
//   newline, map keys sorted, struct fields in order with json tags/omitempty),
//   split join title lower upper pad truncate, and the table HeaderFunctions.
// - fmt: %v of maps `map[k:v]`, structs `{a b}` (%+v with names), slices
//   `[a b]`, pointers `&{...}` (top) / 0xc... (nested), `<nil>`, `<no value>`;
//   Printf verbs v s d q x X o O b c U e E f F g G t T p %, flags `-+# 0`,
//   width/precision (also `*`), [n] indexes, and %!d(string=x), %!d(MISSING),
//   %!(EXTRA ...), %!(NOVERB).
// - Go's parse and exec errors, verbatim: `template: :1: unclosed action`,
//   `template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"`.
// - Docker plumbing: parseFormatOption (table/json prefixes, \t \n),
//   renderFormatted (formatter.Context.Write incl. header row and alignment),
//   inspectFormat (typed pass, then raw JSON with missingkey=error), and
//   tabwrite (docker's tabwriter fork), decodeTyped (json.Unmarshal into a Go
//   type described with goType: how the CLI builds the typed value), goTime.
//
// Data model: see values.ts. null is a nil interface{}, numbers are Go ints
// (wrap floats in GoFloat), Map is a Go map, a plain object is a Go struct;
// goStruct/goSlice/goMap attach Go type names, JSON tags and embedding.
//
// Not supported
// - Function values in data and `call` of them; methods other than struct
//   GoMethod fields (e.g. json.Number's .Int64); channels; maps with non-string
//   keys; integers beyond 2^53 keep only double precision.
// - Go strings are bytes: `slice`/`truncate` cutting a multi-byte character
//   yield U+FFFD where Go yields a raw invalid byte.
// - %#v of floats/structs is approximate; %x of floats ignores precision;
//   tabwriter escapes (0xff) and HTML filtering.
// - Template recursion stops at depth 1000 (Go: 100000, same message).
export { parseTemplate, execute, renderTemplate } from './engine.js';
export type { ParseOptions, ExecuteOptions } from './engine.js';
export type { Template } from './parser.js';
export { TemplateParseError } from './parser.js';
export { TemplateExecError } from './exec.js';
export type { MissingKey } from './exec.js';
export type { GoFunction, FuncMap } from './funcs.js';
export { FuncError } from './funcs.js';
export { builtinFuncs } from './builtins.js';
export { dockerFuncs, dockerHeaderFuncs } from './docker-funcs.js';
export { sprint, sprintln, sprintf } from './fmt-print.js';
export { marshal as marshalJSON, decodeJSON } from './json.js';
export type { MarshalOptions } from './json.js';
export {
  GoFloat, GoNumber, GoComplex, GoNil, GoPtr, GoNamed, GoMethod, goStruct, goSlice, goMap,
} from './values.js';
export type { GoValue, GoMap, GoStruct, StructInfo, ArgType } from './values.js';
export { RawJSON, withMethods } from './values.js';
export { tabwrite, displayWidth, DOCKER_TABLE, DOCKER_WIDE_TABLE, DOCKER_VERSION_TABLE } from './tabwriter.js';
export type { TabwriterOptions } from './tabwriter.js';
export { parseFormatOption, isTableFormat, renderFormatted, inspectFormat } from './docker-format.js';
export type { FormatOption, InspectElement, InspectOutput } from './docker-format.js';
export { decode as decodeTyped, goType, typeName } from './typed-decode.js';
export type { TypeSpec, BasicSpec, NamedSpec, SliceSpec, MapSpec, PtrSpec, StructSpec, FieldSpec, CustomSpec } from './typed-decode.js';
export { goTime, goTimeString, zeroTime, timeSpec } from './go-time.js';
