// Docker's Go templates (`docker inspect -f`, `docker ps --format`, ...): a port
// of Go's text/template (Go 1.24, as built into docker CLI 28.2.2) with
// docker/cli's functions, printing exactly what Docker prints, errors included.
// Verified against the real CLI: see test/shell/go-template (record-cases.mjs).
//
// Supported
// - Syntax: text, {{.Field.Sub}}, {{.}}, {{$}}, {{$x := ...}}, {{$x = ...}},
//   {{if}}/{{else if}}/{{else}}, {{with}}/{{else with}}, {{range}} (slices, maps
//   in sorted key order, ints; `$i, $v :=`; {{else}}; {{break}}/{{continue}}),
//   pipelines `|`, parentheses and chains `(x).F`, trim markers {{- -}},
//   comments {{/* */}}, string/raw-string/char/int/float/hex/octal/binary/
//   complex/bool/nil literals, {{define}}, {{template}}, {{block}}.
// - Go builtins: and or not len index slice print printf println html js
//   urlquery eq ne lt le gt ge; `call` exists but, with no function values in
//   the data model, only reports Go's "call of nil" / "non-function" errors.
// - Docker's functions: json (encoding/json without HTML escaping, no trailing
//   newline, sorted map keys, struct fields in order with json tags/omitempty/
//   embedding, MarshalJSON), split join title lower upper pad truncate, and
//   the HeaderFunctions used for `table` header rows (dockerHeaderFuncs).
// - fmt: %v of maps `map[k:v]`, structs `{a b}` (%+v, %#v), slices `[a b]`,
//   pointers `&{...}` at top level and 0xc... nested, `<nil>`, `<no value>`,
//   Stringers (time.Time); Printf verbs v s d q x X o O b c U e E f F g G t T p %,
//   flags `-+# 0`, width/precision (also `*`), [n] indexes, and Go's in-band
//   errors %!d(string=x), %!d(MISSING), %!(EXTRA ...), %!(NOVERB), %!(BADPREC).
// - Go's parse and exec errors verbatim, with byte columns and line numbers:
//   `template: :1: unclosed action`,
//   `template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"`.
// - Docker's plumbing around the engine: parseFormatOption (table/json
//   prefixes, literal \t \n), renderFormatted (formatter.Context.Write with
//   the header row and tabwriter alignment), inspectFormat (typed pass, then
//   the raw JSON with missingkey=error, sticky as in Go; exit codes 64/1),
//   tabwrite (docker's tabwriter fork; DOCKER_TABLE = NewWriter(10, 1, 3, ' ', 0)),
//   decodeTyped + goType (json.Unmarshal into CLI types: how the typed value is
//   built from engine JSON), decodeJSON (UseNumber), goTime (time.Time).
//
// Data model (values.ts): null is a nil interface{}; numbers are Go ints (wrap
// floats in GoFloat); Map is a Go map; a plain object is a Go struct (fields in
// insertion order). goStruct/goSlice/goMap attach Go type names, underlying
// types, JSON tags, embedding, String/MarshalJSON; GoNil is a typed nil, GoPtr
// a pointer, GoNamed a named basic type, GoMethod a method (withMethods gives
// methods to maps too, like docker's SubHeaderContext.Label).
//
// Not supported
// - Function values in data (so `call` cannot call anything); methods on
//   json.Number (.Int64 ...); channels; maps with non-string keys; pointers to
//   non-struct values (they decode as the value itself); integers beyond 2^53.
// - Go strings are bytes: `slice`/`truncate` cutting a multi-byte character
//   yield U+FFFD where Go yields a raw invalid byte.
// - %x of floats ignores precision; tabwriter escapes (0xff) and HTML filtering;
//   runewidth's East Asian ambiguous widths are taken as 1.
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
export {
  tabwrite, displayWidth, DOCKER_TABLE, DOCKER_WIDE_TABLE, DOCKER_VERSION_TABLE, ALIGN_RIGHT, DISCARD_EMPTY_COLUMNS, TAB_INDENT, DEBUG,
} from './tabwriter.js';
export type { TabwriterOptions } from './tabwriter.js';
export { parseFormatOption, isTableFormat, renderFormatted, inspectFormat } from './docker-format.js';
export type { FormatOption, InspectElement, InspectOutput } from './docker-format.js';
export { decode as decodeTyped, goType, typeName } from './typed-decode.js';
export type { TypeSpec, BasicSpec, NamedSpec, SliceSpec, MapSpec, PtrSpec, StructSpec, FieldSpec, CustomSpec } from './typed-decode.js';
export { goTime, goTimeString, zeroTime, timeSpec } from './go-time.js';
