import { readLimits } from "./limits.js";
import { fail } from "./zip.js";

/** A worksheet cut down to its cells and merges. */
export interface FilteredSheet {
  xml: string;
  /** Rows or columns past the limits were dropped. */
  truncated: boolean;
  /**
   * Cells stored as ISO 8601 dates (`t="d"`), which exceljs 4.4 misreads as
   * numbers, so they are left out of `xml` and returned here.
   */
  dates: IsoDateCell[];
}

export interface IsoDateCell {
  row: number;
  col: number;
  /** Wall-clock time `YYYY-MM-DDTHH:MM:SS`. */
  value: string;
}

type Phase = "head" | "rows" | "skip" | "tail" | "done";

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;
const ROOT = /<((?:[A-Za-z_][\w.-]*:)?)worksheet\b[^>]*>/;
const CELL = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"[^>]*>/g;

/**
 * Rewrites a worksheet part while it is inflated, keeping only what a form
 * needs: the root element, the first rows of `sheetData` (empty styled
 * cells dropped) and the merged ranges. Everything exceljs can be made slow
 * by (dimension, column styles, data validations, conditional formatting,
 * hyperlinks) is left out, and a namespace prefix such as `x:` is removed,
 * because exceljs matches element names without one.
 */
export class SheetFilter {
  private phase: Phase = "head";
  private buffer = "";
  /** Start of the unread text in `buffer`. */
  private position = 0;
  private prefix = "";
  private root = "";
  private readonly rows: string[] = [];
  private readonly merges: string[] = [];
  private lastRow = 0;
  private truncated = false;
  private readonly dates: IsoDateCell[] = [];
  /** Characters of XML seen so far, an estimate of the bytes inflated. */
  private scanned = 0;

  /**
   * @param part the zip part name, for messages
   * @param hasSharedStrings whether the package has a shared-strings part;
   *   without one, a shared-string cell's value is unknown and is dropped
   */
  constructor(
    private readonly part: string,
    private readonly hasSharedStrings = true,
  ) {}

  /** Takes the next text; returns false once nothing more is needed. */
  push(text: string): boolean {
    this.scanned += text.length;
    if (this.scanned > readLimits.maxSheetScanBytes && this.phase !== "done") {
      this.truncated = true;
      this.phase = "done";
      return false;
    }
    this.buffer = this.buffer.slice(this.position) + text;
    this.position = 0;
    this.advance();
    return this.phase !== "done";
  }

  finish(): FilteredSheet {
    this.advance();
    if (this.root === "") {
      fail("file-unreadable", {
        detail: `phần ${this.part} không có worksheet`,
      });
    }
    return { xml: this.render(), truncated: this.truncated, dates: this.dates };
  }

  private advance(): void {
    let progressed = true;
    while (progressed && this.phase !== "done") {
      progressed = this.step();
    }
  }

  private step(): boolean {
    switch (this.phase) {
      case "head":
        return this.readHead();
      case "rows":
        return this.readRow();
      case "skip":
        return this.skipRows();
      case "tail":
        return this.readTail();
      default:
        return false;
    }
  }

  private readHead(): boolean {
    this.compact();
    if (this.root === "") {
      const match = ROOT.exec(this.buffer);
      if (
        DECLARATION.test(
          match ? this.buffer.slice(0, match.index) : this.buffer,
        )
      ) {
        fail("xml-entities", { part: this.part });
      }
      if (!match) return this.keepTail(256);
      this.prefix = match[1] ?? "";
      this.root = this.renameRoot(match[0]);
      this.buffer = this.buffer.slice(match.index + match[0].length);
    }

    const open = new RegExp(`<${this.prefix}sheetData\\b[^>]*?(/?)>`).exec(
      this.buffer,
    );
    if (!open) return this.keepTail(256);
    this.buffer = this.buffer.slice(open.index + open[0].length);
    this.phase = open[1] === "/" ? "tail" : "rows";
    return true;
  }

  private renameRoot(tag: string): string {
    if (this.prefix === "") return tag;
    const name = this.prefix.slice(0, -1);
    return tag
      .replace(`<${this.prefix}worksheet`, "<worksheet")
      .replace(`xmlns:${name}=`, "xmlns=");
  }

  private readRow(): boolean {
    const rowAt = this.buffer.indexOf(`<${this.prefix}row`, this.position);
    const end = `</${this.prefix}sheetData>`;
    const between = this.buffer.slice(
      this.position,
      rowAt === -1 ? undefined : rowAt,
    );
    const endAt = between.indexOf(end);
    if (endAt !== -1) {
      this.position += endAt;
      this.phase = "tail";
      return true;
    }
    if (rowAt === -1) return this.keepTail(64);

    const element = this.completeRow(rowAt);
    if (element === null) return false;
    this.position = rowAt + element.length;
    this.keepRow(element);
    return true;
  }

  /** Returns the whole row element at `start`, or null until it arrives. */
  private completeRow(start: number): string | null {
    const tagEnd = this.buffer.indexOf(">", start);
    if (tagEnd !== -1 && this.buffer[tagEnd - 1] === "/") {
      return this.buffer.slice(start, tagEnd + 1);
    }
    const close = `</${this.prefix}row>`;
    const closeAt = tagEnd === -1 ? -1 : this.buffer.indexOf(close, tagEnd);
    if (closeAt !== -1) return this.buffer.slice(start, closeAt + close.length);

    if (this.buffer.length - start > readLimits.maxRowBytes) {
      fail("workbook-too-large", {
        detail: `một dòng của ${this.part} dài quá ${readLimits.maxRowBytes} byte`,
      });
    }
    return null;
  }

  private keepRow(element: string): void {
    const plain = this.stripPrefix(element);
    const declared = /^<row\b[^>]*?\br="(\d+)"/.exec(plain);
    const rowNumber = declared ? Number(declared[1]) : this.lastRow + 1;
    this.lastRow = rowNumber;

    if (rowNumber > readLimits.maxRows) {
      this.truncated = true;
      this.phase = "skip";
      return;
    }
    const cells = this.keepCells(plain, rowNumber);
    if (cells !== "") this.rows.push(`<row r="${rowNumber}">${cells}</row>`);
  }

  private keepCells(row: string, rowNumber: number): string {
    let kept = "";
    let column = 0;

    for (const match of row.matchAll(CELL)) {
      const attributes = match[1] ?? "";
      const reference = /\br="([A-Z]+)(\d+)"/.exec(attributes);
      column = reference ? columnNumber(reference[1] ?? "") : column + 1;

      if (column > readLimits.maxColumns) {
        this.truncated = true;
        break;
      }
      if (match[2] === "/>" || (match[3] ?? "").trim() === "") continue;

      const type = /\bt="([^"]*)"/.exec(attributes);
      if (type?.[1] === "s" && !this.hasSharedStrings) continue;
      if (type?.[1] === "d") {
        this.keepIsoDate(match[3] ?? "", rowNumber, column);
        continue;
      }
      if (type?.[1] === "str" && /<v\s*\/>|<v>\s*<\/v>/.test(match[3] ?? ""))
        continue;

      const style = /\bs="(\d+)"/.exec(attributes);
      const address = `${columnName(column)}${rowNumber}`;
      const typeAttribute = type ? ` t="${type[1]}"` : "";
      const styleAttribute = style ? ` s="${style[1]}"` : "";
      const content =
        type?.[1] === "inlineStr"
          ? flattenInlineString(match[3] ?? "")
          : match[3];
      kept += `<c r="${address}"${typeAttribute}${styleAttribute}>${content}</c>`;
    }
    return kept;
  }

  private keepIsoDate(content: string, row: number, col: number): void {
    const text = /<v>([^<]*)<\/v>/.exec(content)?.[1]?.trim() ?? "";
    const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?/.exec(text);
    if (!match) return;
    const value = `${match[1]}T${match[2] ?? "00:00"}${match[3] ?? ":00"}`;
    this.dates.push({ row, col, value });
  }

  private skipRows(): boolean {
    const endAt = this.buffer.indexOf(
      `</${this.prefix}sheetData>`,
      this.position,
    );
    if (endAt === -1) return this.keepTail(64);
    this.position = endAt;
    this.phase = "tail";
    return true;
  }

  private readTail(): boolean {
    const plain = this.stripPrefix(this.buffer.slice(this.position));
    let consumed = 0;
    for (const match of plain.matchAll(MERGE)) {
      this.keepMerge(match);
      consumed = (match.index ?? 0) + match[0].length;
    }
    if (/<\/worksheet>/.test(plain.slice(consumed))) {
      this.phase = "done";
      return false;
    }
    this.buffer = plain.slice(consumed);
    this.position = 0;
    return this.keepTail(256);
  }

  private keepMerge(match: RegExpMatchArray): void {
    if (this.merges.length >= readLimits.maxMerges) return;
    const top = Number(match[2]);
    const left = columnNumber(match[1] ?? "");
    if (top > readLimits.maxRows || left > readLimits.maxColumns) return;

    const bottom = Math.min(Number(match[4]), readLimits.maxRows);
    const right = Math.min(columnNumber(match[3] ?? ""), readLimits.maxColumns);
    const area = (bottom - top + 1) * (right - left + 1);
    if (area < 2 || area > readLimits.maxMergeCells) return;

    const start = `${columnName(left)}${top}`;
    const end = `${columnName(right)}${bottom}`;
    this.merges.push(`<mergeCell ref="${start}:${end}"/>`);
  }

  /**
   * Drops the read text but keeps an unfinished tag, or else the last
   * characters, which may start a split closing tag.
   */
  private keepTail(length: number): false {
    const lastTag = this.buffer.lastIndexOf("<");
    const unfinished =
      lastTag >= this.position && !this.buffer.includes(">", lastTag);
    const from = unfinished
      ? lastTag
      : Math.max(this.position, this.buffer.length - length);
    this.buffer = this.buffer.slice(from);
    this.position = 0;

    if (this.buffer.length > readLimits.maxRowBytes) {
      fail("workbook-too-large", {
        detail: `một thẻ XML của ${this.part} dài quá ${readLimits.maxRowBytes} byte`,
      });
    }
    return false;
  }

  private compact(): void {
    this.buffer = this.buffer.slice(this.position);
    this.position = 0;
  }

  private stripPrefix(xml: string): string {
    if (this.prefix === "") return xml;
    return xml
      .split(`<${this.prefix}`)
      .join("<")
      .split(`</${this.prefix}`)
      .join("</");
  }

  private render(): string {
    const merges =
      this.merges.length > 0
        ? `<mergeCells count="${this.merges.length}">${this.merges.join("")}</mergeCells>`
        : "";
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `${this.root}<sheetData>${this.rows.join("")}</sheetData>${merges}</worksheet>`
    );
  }
}

/**
 * Joins the runs of an inline rich string into one text element, because
 * exceljs 4.4 drops an inline string made of runs (`<is><r><t>`).
 */
function flattenInlineString(content: string): string {
  let text = "";
  for (const match of content.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g))
    text += match[1] ?? "";
  return `<is><t xml:space="preserve">${text}</t></is>`;
}

/** Converts column letters to a 1-based number: `A` is 1, `AA` is 27. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters)
    number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** Converts a 1-based column number to letters. */
export function columnName(number: number): string {
  let name = "";
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}
