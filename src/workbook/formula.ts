/**
 * Evaluates the simple arithmetic that forms contain when a formula was
 * saved without its result: numbers, + - * /, parentheses, same-sheet cell
 * references and SUM over same-sheet ranges. Anything else is refused, and
 * so is a reference to a cell whose value is not a known number.
 */

/** Looks up a referenced cell: a number, 0 for a blank cell, or null when unknown. */
export type CellLookup = (row: number, col: number) => number | null;

/** Cells summed by one formula, so that a whole-column SUM stays cheap. */
const MAX_RANGE_CELLS = 100_000;

type Token =
  | { kind: "number"; value: number }
  | { kind: "ref"; row: number; col: number }
  | { kind: "name"; value: string }
  | { kind: "symbol"; value: string };

/** Returns the formula's value, or null when it cannot be computed safely. */
export function evaluateFormula(
  formula: string,
  lookup: CellLookup,
): number | null {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (tokens === null) return null;

  const parser = new Parser(tokens, lookup);
  const value = parser.parseExpression();
  if (value === null || !parser.atEnd() || !Number.isFinite(value)) return null;
  return value;
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|\$?([A-Z]{1,3})\$?(\d+)(?![\w(])|([A-Z][A-Z0-9.]*)|([-+*/(),:]))/y;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  const source = text.toUpperCase();
  TOKEN.lastIndex = 0;

  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (match === null) return null;

    if (match[1] !== undefined)
      tokens.push({ kind: "number", value: Number(match[1]) });
    else if (match[2] !== undefined) {
      tokens.push({
        kind: "ref",
        row: Number(match[3]),
        col: columnNumber(match[2]),
      });
    } else if (match[4] !== undefined)
      tokens.push({ kind: "name", value: match[4] });
    else tokens.push({ kind: "symbol", value: match[5] ?? "" });
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters)
    number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lookup: CellLookup,
  ) {}

  atEnd(): boolean {
    return this.index === this.tokens.length;
  }

  parseExpression(): number | null {
    let value = this.parseTerm();
    while (value !== null && (this.peekSymbol("+") || this.peekSymbol("-"))) {
      const operator = this.next();
      const right = this.parseTerm();
      if (right === null) return null;
      value = isSymbol(operator, "+") ? value + right : value - right;
    }
    return value;
  }

  private parseTerm(): number | null {
    let value = this.parseFactor();
    while (value !== null && (this.peekSymbol("*") || this.peekSymbol("/"))) {
      const operator = this.next();
      const right = this.parseFactor();
      if (right === null) return null;
      if (isSymbol(operator, "/") && right === 0) return null;
      value = isSymbol(operator, "*") ? value * right : value / right;
    }
    return value;
  }

  private parseFactor(): number | null {
    const token = this.next();
    if (token === undefined) return null;

    if (isSymbol(token, "-")) {
      const value = this.parseFactor();
      return value === null ? null : -value;
    }
    if (isSymbol(token, "+")) return this.parseFactor();
    if (token.kind === "number") return token.value;
    if (token.kind === "ref") return this.lookup(token.row, token.col);
    if (token.kind === "name" && token.value === "SUM") return this.parseSum();
    if (isSymbol(token, "(")) {
      const value = this.parseExpression();
      return this.expectSymbol(")") ? value : null;
    }
    return null;
  }

  private parseSum(): number | null {
    if (!this.expectSymbol("(")) return null;
    let total = 0;

    do {
      const value = this.parseSumArgument();
      if (value === null) return null;
      total += value;
    } while (this.peekSymbol(",") && this.next());

    return this.expectSymbol(")") ? total : null;
  }

  private parseSumArgument(): number | null {
    const first = this.tokens[this.index];
    const colon = this.tokens[this.index + 1];
    const last = this.tokens[this.index + 2];
    if (
      first?.kind === "ref" &&
      colon &&
      isSymbol(colon, ":") &&
      last?.kind === "ref"
    ) {
      this.index += 3;
      return this.sumRange(first, last);
    }
    return this.parseExpression();
  }

  private sumRange(
    from: { row: number; col: number },
    to: { row: number; col: number },
  ): number | null {
    const top = Math.min(from.row, to.row);
    const bottom = Math.max(from.row, to.row);
    const left = Math.min(from.col, to.col);
    const right = Math.max(from.col, to.col);
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return null;

    let total = 0;
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) {
        const value = this.lookup(row, col);
        if (value === null) return null;
        total += value;
      }
    }
    return total;
  }

  private next(): Token | undefined {
    return this.tokens[this.index++];
  }

  private peekSymbol(symbol: string): boolean {
    const token = this.tokens[this.index];
    return token !== undefined && isSymbol(token, symbol);
  }

  private expectSymbol(symbol: string): boolean {
    if (!this.peekSymbol(symbol)) return false;
    this.index++;
    return true;
  }
}

function isSymbol(token: Token | undefined, symbol: string): boolean {
  return token?.kind === "symbol" && token.value === symbol;
}
