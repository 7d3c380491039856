/** A column of a terminal table. */
export interface Column {
  header: string;
  /** Numbers align right. @default "left" */
  align?: "left" | "right";
}

/** A table cell: the plain text for measuring, and how it is printed. */
export interface TableCell {
  text: string;
  /** The text with colour added; defaults to `text`. */
  painted?: string;
}

/**
 * Lays out rows as fixed-width columns separated by two spaces. Widths are
 * measured on the plain text, in code points after NFC normalisation, so
 * that colour codes and decomposed Vietnamese letters do not skew them.
 */
export function renderTable(
  columns: readonly Column[],
  rows: ReadonlyArray<ReadonlyArray<TableCell | string>>,
): string[] {
  const cells = rows.map((row) => row.map(toCell));
  const widths = columns.map((column, index) => {
    let width = displayWidth(column.header);
    for (const row of cells) {
      width = Math.max(width, displayWidth(row[index]?.text ?? ""));
    }
    return width;
  });

  const lines = [
    formatRow(
      columns.map((column) => toCell(column.header)),
      columns,
      widths,
    ),
  ];
  lines.push(widths.map((width) => "─".repeat(width)).join("  "));
  for (const row of cells) lines.push(formatRow(row, columns, widths));
  return lines;
}

function formatRow(
  row: readonly TableCell[],
  columns: readonly Column[],
  widths: readonly number[],
): string {
  const parts = columns.map((column, index) => {
    const cell = row[index] ?? { text: "" };
    const padding = " ".repeat(
      Math.max(0, widths[index]! - displayWidth(cell.text)),
    );
    const printed = cell.painted ?? cell.text;
    return column.align === "right" ? padding + printed : printed + padding;
  });
  return parts.join("  ").trimEnd();
}

function toCell(value: TableCell | string): TableCell {
  return typeof value === "string" ? { text: value } : value;
}

function displayWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}
