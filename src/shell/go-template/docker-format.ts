// How docker/cli drives templates around the engine:
//  - `--format` of ps/images/network ls/... (formatter.Context.Write): a `table`
//    prefix, `json` shorthand, literal \t and \n, a header row rendered with
//    HeaderFunctions, and columns aligned by tabwriter;
//  - `docker inspect -f` (inspect.TemplateInspector): the typed value first,
//    then on any error the raw JSON as map[string]interface{} with missingkey=error.
import { dockerHeaderFuncs } from './docker-funcs.js';
import { execute, parseTemplate } from './engine.js';
import type { ExecuteOptions } from './engine.js';
import { TemplateExecError } from './exec.js';
import type { MissingKey } from './exec.js';
import { decodeJSON } from './json.js';
import { TemplateParseError } from './parser.js';
import type { Template } from './parser.js';
import { DOCKER_TABLE, tabwrite } from './tabwriter.js';
import type { GoValue } from './values.js';

export interface FormatOption {
  /** The format starts with `table` (docker checks the prefix only: `tablefoo` counts). */
  readonly isTable: boolean;
  /** The format is exactly `json` (shorthand for `{{json .}}`). */
  readonly isJSON: boolean;
  /** The template text to parse, after Docker's preFormat. */
  readonly template: string;
}

/** formatter.Context.preFormat: strip `table`, expand `json`, trim spaces, turn literal \t \n into tab/newline. */
export function parseFormatOption(format: string): FormatOption {
  const isTable = format.startsWith('table');
  const isJSON = !isTable && format === 'json';
  let template = isTable ? format.slice('table'.length) : isJSON ? '{{json .}}' : format;
  template = template.replace(/^ +| +$/g, '').replace(/\\([tn])/g, (_, c: string) => (c === 't' ? '\t' : '\n'));
  return { isTable, isJSON, template };
}

export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

function errorText(e: unknown): string {
  if (e instanceof TemplateParseError || e instanceof TemplateExecError) return e.message;
  throw e;
}

/**
 * formatter.Context.Write: render each row with the format; for `table` formats, prepend the header
 * (the same template over `header`, e.g. a Map of column titles, with HeaderFunctions; its errors are
 * ignored as Docker ignores them) and align columns with tabwriter(10, 1, 3, ' ', 0).
 * Errors read "template parsing error: ..." as docker's formatter prints them.
 */
export function renderFormatted(
  format: string, rows: readonly GoValue[], header: GoValue = null, options: ExecuteOptions = {},
): { ok: true; out: string } | { ok: false; error: string } {
  const opt = parseFormatOption(format);
  let tmpl: Template;
  try {
    tmpl = parseTemplate(opt.template);
  } catch (e) {
    return { ok: false, error: `template parsing error: ${errorText(e)}` };
  }
  let body = '';
  for (const row of rows) {
    try {
      body += `${execute(tmpl, row, options)}\n`;
    } catch (e) {
      return { ok: false, error: `template parsing error: ${errorText(e)}` };
    }
  }
  if (!opt.isTable) return { ok: true, out: body };
  let head: string;
  try {
    head = execute(tmpl, header, { ...options, funcs: { ...options.funcs, ...dockerHeaderFuncs } });
  } catch (e) {
    head = e instanceof TemplateExecError ? e.partialOutput : '';
  }
  return { ok: true, out: tabwrite(`${head}\n${body}`, DOCKER_TABLE) };
}

/** One object for `docker inspect -f`: its typed Go value and the engine's raw JSON (text or decoded). */
export interface InspectElement {
  readonly typed: GoValue;
  readonly raw?: GoValue | string;
  readonly rootType?: string;
}

export interface InspectOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `docker inspect -f FORMAT a b ...` (cli/command/inspect): parse errors exit 64; each element is
 * executed typed, then (on error) raw with missingkey=error, which then sticks for later elements
 * as Go's Template.Option does; failures are collected, outputs end in newlines, and an empty
 * output still prints one newline. `{ error }` entries are lookup failures (e.g. "No such object: x").
 */
export function inspectFormat(format: string, elements: readonly (InspectElement | { readonly error: string })[]): InspectOutput {
  let tmpl: Template;
  try {
    tmpl = parseTemplate(format);
  } catch (e) {
    return { stdout: '', stderr: `template parsing error: ${errorText(e)}\n`, exitCode: 64 };
  }
  let missingKey: MissingKey = 'default';
  let out = '';
  const errors: string[] = [];
  for (const el of elements) {
    if ('error' in el) {
      errors.push(el.error);
      continue;
    }
    const typedOpts = { missingKey, ...(el.rootType ? { rootType: el.rootType } : {}) };
    try {
      out += `${execute(tmpl, el.typed, typedOpts)}\n`;
      continue;
    } catch (e) {
      if (el.raw === undefined) {
        errors.push(`template parsing error: ${errorText(e)}`);
        continue;
      }
    }
    missingKey = 'error';
    let raw: GoValue;
    try {
      raw = typeof el.raw === 'string' ? decodeJSON(el.raw) : el.raw;
    } catch (e) {
      errors.push(`unable to read inspect data: ${(e as Error).message}`);
      continue;
    }
    try {
      out += `${execute(tmpl, raw, { missingKey })}\n`;
    } catch (e) {
      errors.push(`template parsing error: ${errorText(e)}`);
    }
  }
  return {
    stdout: out === '' ? '\n' : out,
    stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '',
    exitCode: errors.length > 0 ? 1 : 0,
  };
}
