// Parse tree nodes, mirroring text/template/parse/node.go. Their String() forms
// appear in Go's execution errors (`executing "" at <.State.Foo>: ...`), so
// they follow Go's writeTo methods exactly.
import { quote } from './quote.js';

interface Base {
  /** Offset of the node in the source (UTF-16 units); errors report it in bytes. */
  readonly pos: number;
}

export interface TextNode extends Base { readonly type: 'text'; readonly text: string }
export interface ActionNode extends Base { readonly type: 'action'; readonly line: number; readonly pipe: PipeNode }
export interface PipeNode extends Base {
  readonly type: 'pipe';
  readonly line: number;
  isAssign: boolean;
  readonly decl: VariableNode[];
  readonly cmds: CommandNode[];
}
export interface CommandNode extends Base { readonly type: 'command'; readonly args: ArgNode[] }
export interface IdentifierNode extends Base { readonly type: 'identifier'; readonly ident: string }
export interface VariableNode extends Base { readonly type: 'variable'; readonly ident: readonly string[] }
export interface DotNode extends Base { readonly type: 'dot' }
export interface NilNode extends Base { readonly type: 'nil' }
export interface FieldNode extends Base { readonly type: 'field'; readonly ident: readonly string[] }
export interface ChainNode extends Base { readonly type: 'chain'; readonly node: ArgNode; readonly field: string[] }
export interface BoolNode extends Base { readonly type: 'bool'; readonly value: boolean }
export interface StringNode extends Base { readonly type: 'string'; readonly quoted: string; readonly text: string }
export interface NumberNode extends Base {
  readonly type: 'number';
  readonly text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: bigint;
  uint: bigint;
  float: number;
  complex: readonly [number, number];
}
export interface ListNode extends Base { readonly type: 'list'; readonly nodes: Node[] }
export interface BranchNode extends Base {
  readonly type: 'if' | 'range' | 'with';
  readonly line: number;
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | null;
}
export interface TemplateNode extends Base {
  readonly type: 'template';
  readonly line: number;
  readonly name: string;
  readonly pipe: PipeNode | null;
}
export interface BreakNode extends Base { readonly type: 'break'; readonly line: number }
export interface ContinueNode extends Base { readonly type: 'continue'; readonly line: number }
export interface EndNode extends Base { readonly type: 'end' }
export interface ElseNode extends Base { readonly type: 'else'; readonly line: number }

/** Nodes that may be a command's argument (an operand). */
export type ArgNode =
  | IdentifierNode | VariableNode | DotNode | NilNode | FieldNode | ChainNode
  | BoolNode | StringNode | NumberNode | PipeNode;

export type Node =
  | TextNode | ActionNode | CommandNode | ListNode | BranchNode | TemplateNode
  | BreakNode | ContinueNode | EndNode | ElseNode | ArgNode;

export function nodeString(n: Node): string {
  switch (n.type) {
    case 'text': return n.text;
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'pipe': {
      let s = '';
      if (n.decl.length > 0) {
        s += n.decl.map(nodeString).join(', ');
        s += n.isAssign ? ' = ' : ' := ';
      }
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'field': return n.ident.map((i) => `.${i}`).join('');
    case 'chain': {
      const head = n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return head + n.field.map((f) => `.${f}`).join('');
    }
    case 'bool': return n.value ? 'true' : 'false';
    case 'string': return n.quoted;
    case 'number': return n.text;
    case 'list': return n.nodes.map(nodeString).join('');
    case 'if': case 'range': case 'with': {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += `{{else}}${nodeString(n.elseList)}`;
      return `${s}{{end}}`;
    }
    case 'template':
      return n.pipe ? `{{template ${quote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${quote(n.name)}}}`;
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
  }
}

/** parse.IsEmptyTree: nothing but spaces (and comments). */
export function isEmptyTree(n: Node | null): boolean {
  if (n === null) return true;
  if (n.type === 'list') return n.nodes.every(isEmptyTree);
  if (n.type === 'text') return n.text.trim() === '';
  return false;
}
