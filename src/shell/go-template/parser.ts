// The template parser: a port of Go's text/template/parse/parse.go, keeping
// its three-token lookahead so that error texts and line numbers match.
import { Lexer } from './lexer.js';
import type { Item, ItemType } from './lexer.js';
import { TokenStream } from './token-stream.js';
import { isEmptyTree, nodeString } from './nodes.js';
import type {
  ArgNode, BranchNode, CommandNode, ListNode, Node, PipeNode, TemplateNode, VariableNode,
} from './nodes.js';
import { newNumber } from './number-literal.js';
import { quote, unquote } from './quote.js';

export { TemplateParseError } from './parse-error.js';

/** A parsed template: the main tree plus the ones named by {{define}} / {{block}}. */
export interface Template {
  readonly name: string;
  readonly text: string;
  readonly trees: ReadonlyMap<string, ListNode>;
}

const MAX_STACK_DEPTH = 10000;

export function parse(text: string, funcs: ReadonlySet<string>, name = ''): Template {
  const trees = new Map<string, ListNode>();
  const lex = new Lexer(text, { breakOK: !funcs.has('break'), continueOK: !funcs.has('continue') });
  const tree = new Tree(name, name, lex, funcs, trees);
  tree.parseMain();
  return { name, text, trees };
}

class Tree extends TokenStream {
  root: ListNode | null = null;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private stackDepth = 0;

  constructor(
    private name: string,
    parseName: string,
    lex: Lexer,
    private readonly funcs: ReadonlySet<string>,
    private readonly treeSet: Map<string, ListNode>,
  ) {
    super(lex, parseName);
  }

  protected override onError(): void {
    this.root = null;
  }

  // --- grammar ---

  parseMain(): void {
    const root = list(this.peek().pos);
    this.root = root;
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().typ === 'define') {
          const def = new Tree('definition', this.parseName, this.lex, this.funcs, this.treeSet);
          def.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    this.add();
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const token = this.nextNonSpace();
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context);
    this.name = this.unquoteOrFail(token.val);
    this.expect('rightDelim', context);
    const [root, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.root = root;
    this.add();
  }

  private add(): void {
    const existing = this.treeSet.get(this.name);
    if (existing === undefined || isEmptyTree(existing)) {
      this.treeSet.set(this.name, this.root as ListNode);
      return;
    }
    if (!isEmptyTree(this.root)) this.errorf(`template: multiple definition of template ${quote(this.name)}`);
  }

  private itemList(): [ListNode, Node] {
    const l = list(this.peekNonSpace().pos);
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [l, n];
      l.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim':
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block': return this.blockControl();
      case 'break': return this.loopControl('break', token);
      case 'continue': return this.loopControl('continue', token);
      case 'else': return this.elseControl();
      case 'end': return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if': return this.branch('if');
      case 'range': return this.branch('range');
      case 'template': return this.templateControl();
      case 'with': return this.branch('with');
    }
    this.backup();
    const t = this.peek();
    // Variables declared here persist until the enclosing {{end}}.
    return { type: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  private loopControl(kind: 'break' | 'continue', at: Item): Node {
    const token = this.nextNonSpace();
    if (token.typ !== 'rightDelim') this.unexpected(token, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { type: kind, pos: at.pos, line: at.line };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: [] };
    // Declarations or assignments: `$x :=`, `$x =`, `$i, $e :=` (range only).
    for (let again = true; again;) {
      again = false;
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.next();
      // Spaces are tokens: `$x foo` needs three tokens of lookahead to tell from `$x := foo`.
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push(variable(v.pos, v.val));
        this.vars.push(v.val);
      } else if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(variable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().typ;
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') {
            again = true; // the second variable of a range
            continue;
          }
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === 'space') {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
    }
    for (;;) {
      const token = this.nextNonSpace();
      if (token.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (token.typ) {
        case 'bool': case 'charConstant': case 'complex': case 'dot': case 'field': case 'identifier':
        case 'number': case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]?.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private parseControl(context: 'if' | 'range' | 'with'): [PipeNode, ListNode, ListNode | null] {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [l, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        // `{{else if ...}}` / `{{else with ...}}` is `{{else}}{{if ...}}...{{end}}{{end}}`.
        if (context === 'if' && this.peek().typ === 'if') {
          this.next();
          elseList = list(next.pos);
          elseList.nodes.push(this.branch('if'));
        } else if (context === 'with' && this.peek().typ === 'with') {
          this.next();
          elseList = list(next.pos);
          elseList.nodes.push(this.branch('with'));
        } else {
          const [el, end] = this.itemList();
          if (end.type !== 'end') this.errorf(`expected end; found ${nodeString(end)}`);
          elseList = el;
        }
      }
      return [pipe, l, elseList];
    } finally {
      this.vars.length = mark;
    }
  }

  private branch(type: 'if' | 'range' | 'with'): BranchNode {
    const [pipe, l, elseList] = this.parseControl(type);
    return { type, pos: pipe.pos, line: pipe.line, pipe, list: l, elseList };
  }

  private elseControl(): Node {
    const peek = this.peekNonSpace();
    // `{{else if` / `{{else with`: leave the keyword pending for parseControl.
    if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos, line: peek.line };
    const token = this.expect('rightDelim', 'else');
    return { type: 'else', pos: token.pos, line: token.line };
  }

  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const block = new Tree(name, this.parseName, this.lex, this.funcs, this.treeSet);
    const [root, end] = block.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    block.root = root;
    block.add();
    return { type: 'template', pos: token.pos, line: token.line, name, pipe } satisfies TemplateNode;
  }

  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, line: token.line, name, pipe } satisfies TemplateNode;
  }

  private templateName(token: Item, context: string): string {
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context);
    return this.unquoteOrFail(token.val);
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace(); // skip leading spaces
      const operand = this.operand();
      if (operand !== null) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | null {
    const node = this.term();
    if (node === null) return null;
    if (this.peek().typ !== 'field') return node;
    const chainPos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    const chainText = nodeString({ type: 'chain', pos: chainPos, node, field: fields });
    switch (node.type) {
      // Compatibility with Go's API: .X.Y and $x.Y stay field/variable nodes, at the chain's position.
      case 'field': return { type: 'field', pos: chainPos, ident: chainText.slice(1).split('.') };
      case 'variable': return variable(chainPos, chainText);
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        return this.errorf(`unexpected . after term ${quote(nodeString(node))}`);
      default: return { type: 'chain', pos: chainPos, node, field: fields };
    }
  }

  private term(): ArgNode | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.funcs.has(token.val)) this.errorf(`function ${quote(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case 'dot': return { type: 'dot', pos: token.pos };
      case 'nil': return { type: 'nil', pos: token.pos };
      case 'variable': return this.useVar(token.pos, token.val);
      case 'field': return { type: 'field', pos: token.pos, ident: token.val.slice(1).split('.') };
      case 'bool': return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant': case 'complex': case 'number':
        return this.number(token.pos, token.val, token.typ);
      case 'leftParen': {
        if (this.stackDepth >= MAX_STACK_DEPTH) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', 'rightParen');
        } finally {
          this.stackDepth--;
        }
      }
      case 'string': case 'rawString':
        return { type: 'string', pos: token.pos, quoted: token.val, text: this.unquoteOrFail(token.val) };
    }
    this.backup();
    return null;
  }

  private number(pos: number, text: string, typ: 'charConstant' | 'complex' | 'number'): ArgNode {
    try {
      return newNumber(pos, text, typ);
    } catch (e) {
      this.errorf((e as Error).message);
    }
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = variable(pos, name);
    if (!this.vars.includes(v.ident[0] as string)) this.errorf(`undefined variable ${quote(v.ident[0] as string)}`);
    return v;
  }

  private unquoteOrFail(s: string): string {
    try {
      return unquote(s);
    } catch (e) {
      this.errorf((e as Error).message);
    }
  }
}

function list(pos: number): ListNode {
  return { type: 'list', pos, nodes: [] };
}

function variable(pos: number, ident: string): VariableNode {
  return { type: 'variable', pos, ident: ident.split('.') };
}
