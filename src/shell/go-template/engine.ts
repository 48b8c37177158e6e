// The entry points: parse a template (with Docker's functions defined), then
// execute it over Go-modelled data.
import { builtinFuncs } from './builtins.js';
import type { FuncLookup } from './call.js';
import { dockerFuncs } from './docker-funcs.js';
import { State, TemplateExecError } from './exec.js';
import type { MissingKey } from './exec.js';
import type { FuncMap, GoFunction } from './funcs.js';
import { TemplateParseError, parse } from './parser.js';
import type { Template } from './parser.js';
import { INVALID } from './reflect.js';
import type { RV } from './reflect.js';
import { GoPtr, getStructInfo, goStruct, isStruct } from './values.js';
import type { GoValue } from './values.js';

export interface ParseOptions {
  /** Extra functions known at parse time (besides Go's builtins and Docker's functions). */
  readonly funcs?: FuncMap;
}

export interface ExecuteOptions {
  /** Functions that replace or extend the template's at execution (Go's Template.Funcs), e.g. dockerHeaderFuncs. */
  readonly funcs?: FuncMap;
  /** Go's missingkey option: `default` prints `<no value>`, `error` fails (docker inspect's raw pass). */
  readonly missingKey?: MissingKey;
  /**
   * The Go type of the root value, e.g. `*formatter.ContainerContext`, for errors such as
   * "can't evaluate field Foo in type *formatter.ContainerContext". A leading `*` makes the
   * root a pointer to the given struct.
   */
  readonly rootType?: string;
}

export function parseTemplate(src: string, options: ParseOptions = {}): Template {
  const names = new Set([...Object.keys(builtinFuncs), ...Object.keys(dockerFuncs), ...Object.keys(options.funcs ?? {})]);
  return parse(src, names);
}

function lookup(extra: FuncMap | undefined): FuncLookup {
  return (name) => {
    const own = (m: FuncMap | undefined): GoFunction | undefined =>
      m && Object.prototype.hasOwnProperty.call(m, name) ? m[name] : undefined;
    const custom = own(extra) ?? own(dockerFuncs);
    if (custom) return { fn: custom, builtin: false };
    const b = own(builtinFuncs);
    return b ? { fn: b, builtin: true } : undefined;
  };
}

function rootValue(data: GoValue, rootType: string | undefined): RV {
  if (data === null) return INVALID; // Execute(w, nil): there is no dot
  if (rootType === undefined || !isStruct(data)) return data;
  const pointer = rootType.startsWith('*');
  const typed = goStruct({ ...data }, { ...getStructInfo(data), type: pointer ? rootType.slice(1) : rootType });
  return pointer ? new GoPtr(typed) : typed;
}

/** Execute a parsed template; throws TemplateExecError with Go's message (and the output written so far). */
export function execute(t: Template, data: GoValue, options: ExecuteOptions = {}): string {
  const root = rootValue(data, options.rootType);
  const state = new State(t, lookup(options.funcs), options.missingKey ?? 'default', root);
  state.run(root);
  return state.out;
}

/** Parse and execute; the error is Go's text (e.g. `template: :1: unclosed action`). */
export function renderTemplate(
  src: string, data: GoValue, options: ExecuteOptions = {},
): { ok: true; out: string } | { ok: false; error: string } {
  try {
    return { ok: true, out: execute(parseTemplate(src), data, options) };
  } catch (e) {
    if (e instanceof TemplateParseError || e instanceof TemplateExecError) return { ok: false, error: e.message };
    throw e;
  }
}
