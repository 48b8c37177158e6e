// The evaluator: a port of text/template/exec.go. Node positions, the node
// being evaluated when an error strikes, and the error texts follow Go, since
// Docker prints them verbatim.
import { isTrue } from './builtins.js';
import { evalArg, evalCall, methodFunction } from './call.js';
import type { Evaluator, FuncLookup, Final } from './call.js';
import { MISSING } from './call.js';
import { sortedKeys, sprint, sprintValue } from './fmt-print.js';
import type {
  ArgNode, BranchNode, ChainNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode,
  TemplateNode, VariableNode,
} from './nodes.js';
import { nodeString } from './nodes.js';
import type { Template } from './parser.js';
import { quote } from './quote.js';
import {
  INVALID, Iface, element, elemTypeOf, elementsOf, fieldValue, indirect, indirectInterface, kindOf, lookupField, mapKey, numberOf, typeOf,
  utf8Length, zeroOf,
} from './reflect.js';
import type { RV } from './reflect.js';
import { GoComplex, GoFloat, GoMethod, GoNil, GoPtr, isMap, isSlice, isStruct, methodOf } from './values.js';
import type { GoStruct, GoValue } from './values.js';

export type MissingKey = 'default' | 'zero' | 'error';

export class TemplateExecError extends Error {
  override readonly name = 'TemplateExecError';
  constructor(message: string, readonly partialOutput: string) {
    super(message);
  }
}

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
// Go stops runaway {{template}} recursion at 100000 levels; a JS stack is shallower.
const MAX_EXEC_DEPTH = 1000;

interface Variable {
  readonly name: string;
  value: RV;
}

export class State implements Evaluator {
  out = '';
  private vars: Variable[];
  private node: Node | null = null;
  private depth = 0;

  constructor(
    private readonly tmpl: Template,
    private readonly funcs: FuncLookup,
    private readonly missingKey: MissingKey,
    root: RV,
  ) {
    this.vars = [{ name: '$', value: root }];
  }

  run(root: RV): void {
    const tree = this.tmpl.trees.get(this.tmpl.name);
    if (tree === undefined) this.errorf(`${quote(this.tmpl.name)} is an incomplete or empty template`);
    this.walk(root, tree);
  }

  // --- errors ---

  at(node: Node): void {
    this.node = node;
  }

  errorf(message: string): never {
    const name = this.tmpl.name;
    if (this.node === null) throw new TemplateExecError(`template: ${name}: ${message}`, this.out);
    const text = this.tmpl.text.slice(0, this.node.pos);
    const nl = text.lastIndexOf('\n');
    const col = utf8Length(nl < 0 ? text : text.slice(nl + 1));
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    throw new TemplateExecError(
      `template: ${name}:${line}:${col}: executing ${quote(name)} at <${nodeString(this.node)}>: ${message}`,
      this.out,
    );
  }

  // --- variables ---

  private mark(): number {
    return this.vars.length;
  }

  private pop(mark: number): void {
    this.vars.length = mark;
  }

  private setVar(name: string, value: RV): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) {
        v.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private setTopVar(n: number, value: RV): void {
    (this.vars[this.vars.length - n] as Variable).value = value;
  }

  private varValue(name: string): RV {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v.value;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // --- walking ---

  private walk(dot: RV, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        // Variables declared by an action persist to the enclosing {{end}}; declarations print nothing.
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      case 'if': case 'with': this.walkIfOrWith(node, dot); return;
      case 'list': for (const n of node.nodes) this.walk(dot, n); return;
      case 'range': this.walkRange(dot, node); return;
      case 'template': this.walkTemplate(dot, node); return;
      case 'text': this.out += node.text; return;
      default: this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(node: BranchNode, dot: RV): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(indirectInterface(val))) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: RV, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const [val] = indirect(this.evalPipeline(dot, r.pipe));
      const mark = this.mark(); // before any variables declared in the body
      const decl = r.pipe.decl;
      const oneIteration = (index: RV, elem: RV): void => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]?.ident[0] as string, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]?.ident[0] as string, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      switch (kindOf(val)) {
        case 'int': case 'uint': {
          if (decl.length > 1) this.errorf(`can't use ${sprintValue(val)} to iterate over more than one variable`);
          const n = numberOf(val as GoValue);
          for (let i = 0; i < n; i++) {
            ran = true;
            oneIteration(INVALID, i); // one variable: it gets the element
          }
          break;
        }
        case 'slice':
          if (isSlice(val)) {
            const elem = elementsOf(val);
            val.forEach((item, i) => {
              ran = true;
              oneIteration(i, elem(item));
            });
          }
          break;
        case 'map':
          if (isMap(val)) {
            const elem = elementsOf(val);
            for (const k of sortedKeys(val)) {
              ran = true;
              oneIteration(mapKey(val, k), elem(val.get(k) as GoValue));
            }
          }
          break;
        case 'invalid':
          break; // likely a nil map etc.: acts like an empty map
        default:
          this.errorf(`range can't iterate over ${sprintValue(val)}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.pop(outer);
    }
  }

  private walkTemplate(dot: RV, t: TemplateNode): void {
    this.at(t);
    const tree = this.tmpl.trees.get(t.name);
    if (tree === undefined) this.errorf(`template ${quote(t.name)} not defined`);
    if (this.depth >= MAX_EXEC_DEPTH) this.errorf('exceeded maximum template depth (100000)');
    const newDot = this.evalPipeline(dot, t.pipe);
    const saved = this.vars;
    this.vars = [{ name: '$', value: newDot }]; // no dynamic scoping: a template sees only $
    this.depth++;
    try {
      this.walk(newDot, tree as ListNode);
    } finally {
      this.depth--;
      this.vars = saved;
    }
  }

  // --- evaluation ---

  evalPipeline(dot: RV, pipe: PipeNode | null): RV {
    if (pipe === null) return INVALID;
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} value: dig down to the value inside (a nil one becomes no value).
      if (value instanceof Iface) value = value.inner === null ? INVALID : value.inner;
    }
    const result = value as RV;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0] as string, result);
      else this.vars.push({ name: v.ident[0] as string, value: result });
    }
    return result;
  }

  private notAFunction(args: readonly ArgNode[] | null, final: Final): void {
    if ((args !== null && args.length > 1) || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args?.[0] as ArgNode)}`);
    }
  }

  private evalCommand(dot: RV, cmd: CommandNode, final: Final): RV {
    const first = cmd.args[0] as ArgNode;
    switch (first.type) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        // A parenthesized pipeline takes no arguments.
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool': return first.value;
      case 'dot': return dot;
      case 'nil': return this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
    }
  }

  idealConstant(c: NumberNode): RV {
    this.at(c);
    if (c.isComplex) return new GoComplex(c.complex[0], c.complex[1]);
    const isHexInt = /^0[xX]/.test(c.text) && !/[pP]/.test(c.text);
    if (c.isFloat && !isHexInt && !c.text.startsWith("'") && /[.eEpP]/.test(c.text)) return new GoFloat(c.float);
    if (c.isInt) return Number(c.int);
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return INVALID;
  }

  evalFieldNode(dot: RV, field: FieldNode, args: readonly ArgNode[] | null, final: Final): RV {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: RV, chain: ChainNode, args: readonly ArgNode[] | null, final: Final): RV {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    // (pipe).Field1.Field2: evaluate the pipeline, then the fields.
    const pipe = evalArg(this, dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: RV, variable: VariableNode, args: readonly ArgNode[] | null, final: Final): RV {
    // $x.Field: evaluate the variable, then the fields.
    this.at(variable);
    const value = this.varValue(variable.ident[0] as string);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: RV, receiver: RV, node: Node, ident: readonly string[], args: readonly ArgNode[] | null, final: Final,
  ): RV {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(dot, ident[i] as string, node, null, MISSING, receiver);
    return this.evalField(dot, ident[n - 1] as string, node, args, final, receiver);
  }

  evalFunction(dot: RV, node: IdentifierNode, cmd: Node, args: readonly ArgNode[] | null, final: Final): RV {
    this.at(node);
    const found = this.funcs(node.ident);
    if (found === undefined) this.errorf(`${quote(node.ident)} is not a defined function`);
    return evalCall(this, dot, found.fn, found.builtin, cmd, node.ident, args, final);
  }

  private evalField(
    dot: RV, fieldName: string, node: Node, args: readonly ArgNode[] | null, final: Final, receiver: RV,
  ): RV {
    if (receiver === INVALID) {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${quote(fieldName)}`);
      return INVALID;
    }
    const typ = typeOf(receiver);
    const [target, isNil] = indirect(receiver);
    if (target instanceof Iface && isNil) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const method = methodOf(target, fieldName);
    if (method) return evalCall(this, dot, methodFunction(method), false, node, fieldName, args, final);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (isStruct(target)) {
      const f = lookupField(target as GoStruct, fieldName);
      if (f.found) {
        if (f.value instanceof GoMethod) return evalCall(this, dot, methodFunction(f.value), false, node, fieldName, args, final);
        if (!/^\p{Lu}/u.test(fieldName)) this.errorf(`${fieldName} is an unexported field of struct type ${typ}`);
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return fieldValue(f.value) as RV;
      }
    } else if (kindOf(target) === 'map') {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      const m = target as ReadonlyMap<string, GoValue> | GoNil;
      if (isMap(m) && m.has(fieldName)) return element(m, m.get(fieldName) as GoValue);
      switch (this.missingKey) {
        case 'zero': return zeroOf(elemTypeOf(target));
        case 'error': return this.errorf(`map has no entry for key ${quote(fieldName)}`);
        default: return INVALID;
      }
    } else if (kindOf(target) === 'ptr' && isNil) {
      this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  private printValue(node: Node, v: RV): void {
    this.at(node);
    let p = v;
    if (p instanceof GoPtr || p instanceof GoNil) [p] = indirect(p); // fmt handles nil pointers
    if (p === INVALID) {
      this.out += '<no value>';
      return;
    }
    if (kindOf(p) === 'func') this.errorf(`can't print ${nodeString(node)} of type ${typeOf(p)}`);
    this.out += sprint(p as GoValue);
  }
}
