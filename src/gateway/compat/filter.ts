import { InvalidParameterError } from '../../errors.js';
import { quoteFilterValue } from '../../search/filters.js';
import type { EngineFilter } from '../../search/service.js';

// Meilisearch filter strings from clients are parsed here and rebuilt from the parse tree, so nothing a
// client writes reaches the engine unchecked: only allow-listed attributes, values typed for them, and
// every string value re-quoted by quoteFilterValue. Written by hand because no npm package parses
// Meilisearch's filter grammar (the engine's own parser is Rust, meilisearch/filter-parser). Geo,
// CONTAINS and STARTS WITH are not offered: no field here needs them.

export type AttributeType = 'string' | 'number';

/** Attributes a client may filter on, by the name it uses, with the engine field and value type. */
export type FilterAttributes = Readonly<Record<string, { field: string; type: AttributeType }>>;

type Comparison = '=' | '!=' | '>' | '>=' | '<' | '<=';

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'not'; item: FilterNode }
  | { kind: 'compare'; field: string; op: Comparison; value: string | number }
  | { kind: 'range'; field: string; from: number; to: number }
  | { kind: 'in'; field: string; values: (string | number)[]; negated: boolean }
  | { kind: 'exists'; field: string; negated: boolean }
  | { kind: 'is'; field: string; what: 'NULL' | 'EMPTY'; negated: boolean };

const MAX_FILTER_LENGTH = 4000;
const MAX_DEPTH = 16;
const MAX_IN_VALUES = 200;

type Token = { type: 'word' | 'quoted' | 'op' | 'punct'; text: string; at: number };

function invalid(message: string): never {
  throw new InvalidParameterError(message, 'filter');
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let text = '';
      let j = i + 1;
      for (; j < input.length && input[j] !== c; j++) {
        if (input[j] === '\\' && j + 1 < input.length) j++;
        text += input[j];
      }
      if (j >= input.length) invalid(`filter: unclosed quote at character ${i + 1}`);
      tokens.push({ type: 'quoted', text, at: i });
      i = j + 1;
    } else if ('()[],'.includes(c)) {
      tokens.push({ type: 'punct', text: c, at: i });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = input.slice(i, i + 2);
      const op = ['!=', '>=', '<='].includes(two) ? two : c;
      if (op === '!') invalid(`filter: "!" must be followed by "=" (character ${i + 1})`);
      tokens.push({ type: 'op', text: op, at: i });
      i += op.length;
    } else {
      let j = i;
      while (j < input.length && !/[\s"'()[\],=!<>]/.test(input[j]!)) j++;
      tokens.push({ type: 'word', text: input.slice(i, j), at: i });
      i = j;
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly attributes: FilterAttributes,
  ) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) invalid('filter: the expression is empty');
    const node = this.or(0);
    const rest = this.peek();
    if (rest) invalid(`filter: unexpected "${rest.text}" at character ${rest.at + 1}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(what: string): Token {
    const token = this.tokens[this.position++];
    if (!token) invalid(`filter: expected ${what} at the end`);
    return token;
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token?.type === 'word' && token.text.toUpperCase() === word) {
      this.position++;
      return true;
    }
    return false;
  }

  private punct(text: string): boolean {
    const token = this.peek();
    if (token?.type === 'punct' && token.text === text) {
      this.position++;
      return true;
    }
    return false;
  }

  private or(depth: number): FilterNode {
    const items = [this.and(depth)];
    while (this.keyword('OR')) items.push(this.and(depth));
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private and(depth: number): FilterNode {
    const items = [this.not(depth)];
    while (this.keyword('AND')) items.push(this.not(depth));
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private not(depth: number): FilterNode {
    if (depth > MAX_DEPTH) invalid(`filter: nested more than ${MAX_DEPTH} levels deep`);
    if (this.keyword('NOT')) return { kind: 'not', item: this.not(depth + 1) };
    if (this.punct('(')) {
      const inner = this.or(depth + 1);
      if (!this.punct(')')) invalid('filter: a "(" is not closed');
      return inner;
    }
    return this.condition();
  }

  private condition(): FilterNode {
    const name = this.next('an attribute');
    if (name.type !== 'word' && name.type !== 'quoted') invalid(`filter: expected an attribute at character ${name.at + 1}, found "${name.text}"`);
    const attribute = this.attributes[name.text];
    if (!attribute || !Object.hasOwn(this.attributes, name.text)) {
      invalid(`filter: attribute \`${name.text}\` is not filterable; filterable attributes are ${Object.keys(this.attributes).map((a) => `\`${a}\``).join(', ')}`);
    }
    const { field, type } = attribute;
    const token = this.peek();
    if (token?.type === 'op') {
      this.position++;
      const op = token.text as Comparison;
      const value = this.value(type, name.text);
      if (op !== '=' && op !== '!=' && type !== 'number') invalid(`filter: \`${name.text}\` is text; "${op}" compares numbers only`);
      return { kind: 'compare', field, op, value };
    }
    const negated = this.keyword('NOT');
    if (this.keyword('IN')) {
      if (!this.punct('[')) invalid('filter: IN must be followed by a [list]');
      const values: (string | number)[] = [];
      if (!this.punct(']')) {
        do values.push(this.value(type, name.text));
        while (this.punct(','));
        if (!this.punct(']')) invalid('filter: a [list] is not closed');
      }
      if (values.length > MAX_IN_VALUES) invalid(`filter: at most ${MAX_IN_VALUES} values in a list`);
      return { kind: 'in', field, values, negated };
    }
    if (this.keyword('EXISTS')) return { kind: 'exists', field, negated };
    if (negated) invalid(`filter: NOT after \`${name.text}\` must be followed by IN or EXISTS`);
    if (this.keyword('IS')) {
      const isNegated = this.keyword('NOT');
      if (this.keyword('NULL')) return { kind: 'is', field, what: 'NULL', negated: isNegated };
      if (this.keyword('EMPTY')) return { kind: 'is', field, what: 'EMPTY', negated: isNegated };
      invalid('filter: IS must be followed by NULL or EMPTY');
    }
    if (type === 'number' && token && token.type !== 'punct') {
      const from = this.value(type, name.text) as number;
      if (!this.keyword('TO')) invalid(`filter: expected an operator after \`${name.text}\``);
      return { kind: 'range', field, from, to: this.value(type, name.text) as number };
    }
    invalid(`filter: expected an operator (=, !=, >, >=, <, <=, TO, IN, EXISTS, IS) after \`${name.text}\``);
  }

  private value(type: AttributeType, attribute: string): string | number {
    const token = this.next('a value');
    if (token.type !== 'word' && token.type !== 'quoted') invalid(`filter: expected a value at character ${token.at + 1}, found "${token.text}"`);
    if (type === 'string') return token.text;
    // Years and Unix seconds: fifteen digits are plenty and stay exact as doubles.
    if (!/^-?\d{1,15}(\.\d{1,6})?$/.test(token.text)) invalid(`filter: \`${attribute}\` is a number; "${token.text.slice(0, 40)}" is not one (at most 15 digits)`);
    return Number(token.text);
  }
}

function render(node: FilterNode): string {
  const value = (v: string | number) => (typeof v === 'number' ? String(v) : quoteFilterValue(v));
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.items.map(render).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      return `NOT ${render(node.item)}`;
    case 'compare':
      return `${node.field} ${node.op} ${value(node.value)}`;
    case 'range':
      return `${node.field} ${node.from} TO ${node.to}`;
    case 'in':
      return `${node.field} ${node.negated ? 'NOT IN' : 'IN'} [${node.values.map(value).join(', ')}]`;
    case 'exists':
      return `${node.field} ${node.negated ? 'NOT EXISTS' : 'EXISTS'}`;
    case 'is':
      return `${node.field} IS ${node.negated ? 'NOT ' : ''}${node.what}`;
  }
}

/** Parses one Meilisearch filter expression and rebuilds it over engine fields. */
export function parseFilterExpression(expression: string, attributes: FilterAttributes): string {
  if (expression.length > MAX_FILTER_LENGTH) invalid(`filter: at most ${MAX_FILTER_LENGTH} characters`);
  return render(new Parser(tokenize(expression), attributes).parse());
}

/**
 * A client filter in any of Meilisearch's forms: a string, or an array whose elements are ANDed and whose
 * inner arrays are OR groups (what instant-meilisearch sends).
 */
export function toEngineFilter(filter: string | (string | string[])[] | undefined, attributes: FilterAttributes): EngineFilter {
  if (filter === undefined) return [];
  const parse = (s: string) => parseFilterExpression(s, attributes);
  if (typeof filter === 'string') return filter.trim() === '' ? [] : [parse(filter)];
  return filter.flatMap((item): EngineFilter => {
    if (typeof item === 'string') return item.trim() === '' ? [] : [parse(item)];
    const group = item.filter((s) => s.trim() !== '').map(parse);
    return group.length === 0 ? [] : [group];
  });
}
