// The shell language: parse a line, expand words, run the result against a ShellRuntime.
export type { AndOrList, Assignment, ParamOp, ParseResult, Pipeline, Redirection, Script, SimpleCommand, Word, WordPart } from './ast.js';
export { parseLine } from './parser.js';
export { expandWord, expandWords, expandWordToString, ExpansionError, type ExpansionEnv, type Substitute } from './expand.js';
export { runLine, runScript } from './interpreter.js';
export type { ShellRuntime } from './runtime.js';
