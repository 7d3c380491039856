import { checkForm01 } from "../checks/form01.js";
import { checkForm02 } from "../checks/form02.js";
import type { Config, Election } from "../config/schema.js";
import {
  makeFinding,
  type FindingCode,
  type FindingParams,
} from "../findings/catalogue.js";
import type { Finding, FindingPlace } from "../findings/finding.js";
import { formatNumberParams } from "../text/number.js";
import { columnName } from "../workbook/sheet-filter.js";
import type { Cell, Workbook } from "../workbook/types.js";
import { detectForms, type DetectedForm } from "./detect.js";
import { checkFileUnit, markAmbiguousSheets } from "./file-checks.js";
import { RESULT_COLUMNS, formFields, type FieldSpec } from "./fields.js";
import type { LocatedField } from "./locate.js";
import type { ResultsRow, ResultsTable } from "./results-table.js";
import type {
  ElectionColumn,
  ElectionFigures,
  FigureKey,
  ParsedForm,
  TextKey,
} from "./types.js";
import { matchUnit } from "./units.js";
import {
  fractionToPercent,
  parseCount,
  parseDate,
  parseDateTime,
  parsePercent,
  parseSlot,
  parseText,
  reportsIncident,
  roundPercent,
  showValue,
  type ValueResult,
} from "./values.js";

const BALLOT_COLUMNS: readonly ElectionColumn[] = [
  "ballotsIssued",
  "ballotsReceived",
  "validBallots",
  "invalidBallots",
];

/**
 * Columns every row with figures must fill for an election held inside the
 * unit, whose every column is summed for the province. Empty additional or
 * repeat election counts are read as not reported.
 */
const UNIT_ELECTION_COLUMNS: readonly ElectionColumn[] = [
  ...BALLOT_COLUMNS,
  "constituencies",
  "seats",
  "candidates",
  "elected",
];

/** Allowance for a district computer's clock running ahead of this one. */
const FUTURE_TOLERANCE_MS = 15 * 60_000;

/** Location and modification time of an input file. */
export interface FormSource {
  /** Path as shown to the user. */
  file: string;
  absolutePath: string;
  /** File modification time, ISO 8601 with the configured offset. */
  modifiedAt: string | null;
}

/**
 * Understands a workbook as Appendix 01 or Appendix 02 and runs every
 * per-form check. Returns the form of the first form sheet; see
 * `parseForms` for workbooks with several.
 */
export function parseForm(
  workbook: Workbook,
  source: FormSource,
  config: Config,
): ParsedForm {
  return parseForms(workbook, source, config)[0]!;
}

/**
 * Understands every visible form sheet of a workbook as Appendix 01 or
 * Appendix 02 and runs every per-form check on each, in sheet order.
 * Reader notes become findings of the form on their sheet, or of the first
 * form. A workbook with no form sheet gives one form with `form: null` and
 * an `unknown-form` finding, so the result is never empty.
 */
export function parseForms(
  workbook: Workbook,
  source: FormSource,
  config: Config,
): ParsedForm[] {
  const detected = detectForms(workbook, config);
  const forms = detected.forms.map((sheet) =>
    readDetected(sheet, source, config),
  );
  if (forms.length === 0) {
    const form = emptyForm(source);
    form.findings.push(makeFinding("unknown-form", { file: source.file }));
    forms.push(form);
  }

  const first = forms[0]!;
  const fileFindings: Finding[] = [];
  for (const note of workbook.notes) {
    const place = { file: source.file, sheet: note.sheet, cell: note.cell };
    const params = formatNumberParams(note.params);
    const finding = makeFinding(note.code, place, params);
    const owner = forms.find((form) => form.sheet === note.sheet);
    if (owner === undefined) fileFindings.push(finding);
    else owner.findings.unshift(finding);
  }
  for (const sheet of detected.hiddenForms) {
    const place = { file: source.file, sheet };
    fileFindings.push(makeFinding("hidden-sheet-ignored", place, { sheet }));
  }
  first.findings.unshift(...fileFindings);

  markAmbiguousSheets(forms);
  for (const form of forms) {
    checkFileUnit(form, config);
    placeFindings(form);
  }
  return forms;
}

function readDetected(
  detected: DetectedForm,
  source: FormSource,
  config: Config,
): ParsedForm {
  const form = emptyForm(source);
  const reader = new FormReader(form, detected, config);
  reader.readAll();

  const checks =
    detected.kind === "01"
      ? checkForm01(form, config)
      : checkForm02(form, config);
  form.findings.push(...checks);
  form.usable = !reader.invalid && !hasDateMismatch(form);
  return form;
}

// A form for another election, such as a file left over from an earlier
// one, must never be summed into today's figures.
function hasDateMismatch(form: ParsedForm): boolean {
  return form.findings.some(
    (finding) => finding.code === "election-date-mismatch",
  );
}

// Findings raised before the unit or slot was read, reader notes included,
// still belong to this form's unit and slot.
function placeFindings(form: ParsedForm): void {
  for (const finding of form.findings) {
    finding.unit ??= form.unit;
    finding.slot ??= form.slot;
  }
}

/** Returns a form with nothing read yet, as for an unreadable file. */
export function emptyForm(source: FormSource): ParsedForm {
  return {
    file: source.file,
    absolutePath: source.absolutePath,
    form: null,
    sheet: null,
    unit: null,
    slot: null,
    electionDate: null,
    sentAt: null,
    modifiedAt: source.modifiedAt,
    figures: {},
    texts: {},
    elections: {},
    cells: {},
    hasIncident: false,
    usable: false,
    findings: [],
  };
}

/** Reads the fields of a detected form into a ParsedForm. */
class FormReader {
  /** A required value is missing or invalid, so the form is not usable. */
  invalid = false;

  /** The turnout cell may hold a fraction; see resolveAmbiguousTurnout. */
  private ambiguousTurnout = false;

  private readonly sheet: string;
  private readonly specs: readonly FieldSpec[];

  constructor(
    private readonly form: ParsedForm,
    private readonly detected: DetectedForm,
    private readonly config: Config,
  ) {
    this.sheet = detected.index.sheet.name;
    this.specs = formFields(detected.kind);
    form.form = detected.kind;
    form.sheet = this.sheet;
  }

  /** Reads every field, then the results table of Appendix 02. */
  readAll(): void {
    for (const spec of this.specs) this.readField(spec);

    this.resolveAmbiguousTurnout();
    this.form.hasIncident = reportsIncident(this.form.texts.incidents);
    if (this.detected.kind === "02") this.readTable(this.detected.table);
  }

  private readField(spec: FieldSpec): void {
    const located = this.detected.fields.get(spec.key);
    const valueCell = located?.valueCell ?? null;
    if (located === undefined || valueCell === null) {
      this.reportMissing(spec, located);
      return;
    }

    this.form.cells[spec.key] = { sheet: this.sheet, cell: valueCell.address };
    this.readValue(spec, valueCell);
  }

  private reportMissing(
    spec: FieldSpec,
    located: LocatedField | undefined,
  ): void {
    if (!spec.required) return;
    this.invalid = true;
    if (located === undefined) {
      const detail = "không thấy nhãn trên trang";
      this.addFinding("field-missing", null, { label: spec.label, detail });
      return;
    }

    // A dash or dots where the value goes is a placeholder left unfilled,
    // and the officer needs that cell rather than the label.
    const placeholder = located.placeholderCell;
    if (placeholder !== null) {
      this.addFinding("field-missing", placeholder.address, {
        label: spec.label,
        detail: placeholderDetail(placeholder),
      });
      return;
    }
    this.addFinding("field-missing", located.labelCell.address, {
      label: spec.label,
      detail: "ô giá trị để trống",
    });
  }

  private readValue(spec: FieldSpec, cell: Cell): void {
    switch (spec.kind) {
      case "text":
        this.readText(spec, cell);
        return;
      case "count":
        this.store(spec, cell, parseCount(cell.value), (value) => {
          this.form.figures[spec.key as FigureKey] = value;
        });
        return;
      case "percent":
        this.store(spec, cell, parsePercent(cell.value), (percent) => {
          this.form.figures.turnoutPercent = percent.value;
          this.ambiguousTurnout = percent.ambiguous;
        });
        return;
      case "date":
        this.store(spec, cell, parseDate(cell.value), (date) => {
          this.form.electionDate = date;
        });
        return;
      case "date-time":
        this.readSentAt(spec, cell);
        return;
      case "slot":
        this.readSlot(spec, cell);
        return;
    }
  }

  private readSlot(spec: FieldSpec, cell: Cell): void {
    const result = parseSlot(cell.value, this.config.slots);
    this.store(spec, cell, result, (slot) => {
      this.form.slot = slot;
    });
  }

  private readText(spec: FieldSpec, cell: Cell): void {
    this.store(spec, cell, parseText(cell.value), (text) => {
      if (spec.key === "unit") {
        this.readUnit(cell, text);
      } else if (text.length > 0) {
        this.form.texts[spec.key as TextKey] = text;
      }
    });
  }

  private readUnit(cell: Cell, text: string): void {
    const unit = matchUnit(text, this.config);
    if (unit === null) {
      this.invalid = true;
      this.addFinding("unit-unknown", cell.address, { value: text });
      return;
    }
    this.form.unit = unit.code;
  }

  private readSentAt(spec: FieldSpec, cell: Cell): void {
    const result = parseDateTime(cell.value, this.config.electionDate);
    this.store(spec, cell, result, (wallClock) => {
      const sentAt = `${wallClock}${this.config.utcOffset}`;
      // A send time that has not come yet is a typing mistake. Kept, it
      // would hide the form from every merge evaluated before that time.
      if (Date.parse(sentAt) > Date.now() + FUTURE_TOLERANCE_MS) {
        this.addFinding("sent-at-in-future", cell.address, {
          value: showValue(cell.value),
        });
        return;
      }
      this.form.sentAt = sentAt;
    });
  }

  /** Stores a valid value, or reports why it is invalid. */
  private store<T>(
    spec: FieldSpec,
    cell: Cell,
    result: ValueResult<T>,
    save: (value: T) => void,
  ): void {
    if (result.ok) {
      save(result.value);
      return;
    }
    if (spec.required) this.invalid = true;
    this.addFinding(result.code, cell.address, {
      label: spec.label,
      ...result.params,
    });
  }

  /**
   * Reads a plain number cell of at most 1 as a fraction when that reading
   * is closer to voted / totalVoters, and as a percentage otherwise.
   */
  private resolveAmbiguousTurnout(): void {
    const { turnoutPercent, voted, totalVoters } = this.form.figures;
    if (!this.ambiguousTurnout || turnoutPercent === undefined) return;
    this.form.figures.turnoutPercent = roundPercent(turnoutPercent);
    if (voted === undefined || totalVoters === undefined || totalVoters === 0) {
      return;
    }

    const computed = (voted / totalVoters) * 100;
    const asFraction = fractionToPercent(turnoutPercent);
    if (Math.abs(asFraction - computed) < Math.abs(turnoutPercent - computed)) {
      this.form.figures.turnoutPercent = asFraction;
    }
  }

  private readTable(table: ResultsTable | null): void {
    if (table === null) {
      this.invalid = true;
      this.addFinding("results-table-missing", null, {});
      return;
    }

    const firstRows = new Map<string, Cell>();
    for (const row of table.rows) {
      if (row.kind === "unknown") {
        const value = showValue(row.label.value);
        this.addFinding("election-unknown", row.label.address, { value });
        continue;
      }

      const { election, cells } = row;
      const first = firstRows.get(election.label);
      if (first !== undefined) {
        this.reportDuplicateRow(election, first, row.label);
        continue;
      }
      firstRows.set(election.label, row.label);
      this.form.elections[election.label] = this.readElectionRow(
        election,
        cells,
      );
      this.reportPlaceholders(election, cells, row.placeholders);
      this.reportEmptyCells(row, table.columns);
    }
  }

  /**
   * Reports a second row for an election, as when a unit types a corrected
   * row under the old one. Which row is right is unknown, so the form is
   * unusable and only the first row's figures are kept.
   */
  private reportDuplicateRow(
    election: Election,
    first: Cell,
    second: Cell,
  ): void {
    this.invalid = true;
    this.addFinding("election-row-duplicate", second.address, {
      election: election.label,
      first: first.address,
      second: second.address,
    });
  }

  /**
   * Reports a required column left empty in a row that has figures,
   * because summing without it would silently lower the province total.
   * For an election spanning units only the ballot columns are required,
   * and only once the row has a ballot count. Only columns present in the
   * table are required.
   */
  private reportEmptyCells(
    row: Extract<ResultsRow, { kind: "election" }>,
    columns: ResultsTable["columns"],
  ): void {
    if (!hasRequiredFigure(row.election, row.cells)) return;

    const required = requiredColumns(row.election);
    for (const column of RESULT_COLUMNS) {
      const number = columns.get(column.key);
      if (!required.includes(column.key) || number === undefined) continue;
      if (row.cells[column.key] !== undefined) continue;
      if (row.placeholders[column.key] !== undefined) continue;

      this.invalid = true;
      this.addFinding(
        "field-missing",
        `${columnName(number)}${row.label.row}`,
        {
          label: `${row.election.label} – ${column.label}`,
          detail: "ô để trống trong dòng đã có số liệu",
        },
      );
    }
  }

  private readElectionRow(
    election: Election,
    cells: Partial<Record<string, Cell>>,
  ): ElectionFigures {
    const figures: ElectionFigures = {};
    for (const column of RESULT_COLUMNS) {
      const cell = cells[column.key];
      if (cell === undefined) continue;

      this.form.cells[`${election.label}.${column.key}`] = {
        sheet: this.sheet,
        cell: cell.address,
      };
      const result = parseCount(cell.value);
      if (result.ok) {
        figures[column.key] = result.value;
        continue;
      }
      // For an election spanning units, only the ballot columns are the
      // unit's own. The other columns describe the constituency, and units
      // may write a note there instead of a number.
      if (election.spansUnits && !BALLOT_COLUMNS.includes(column.key)) {
        continue;
      }
      // Counts are summed for the province, so a bad one makes the whole
      // form unusable rather than silently lowering the total.
      this.invalid = true;
      this.addFinding(result.code, cell.address, {
        label: `${election.label} – ${column.label}`,
        ...result.params,
      });
    }
    return figures;
  }

  /**
   * Reports a required count left as a placeholder such as "-" in a row
   * that has other values, because summing without it would lower the
   * province total. A row of placeholders only is an election the unit
   * does not hold, and stays silent.
   */
  private reportPlaceholders(
    election: Election,
    cells: Partial<Record<string, Cell>>,
    placeholders: Partial<Record<string, Cell>>,
  ): void {
    if (!hasRequiredFigure(election, cells)) return;

    const required = requiredColumns(election);
    for (const column of RESULT_COLUMNS) {
      const placeholder = placeholders[column.key];
      if (!required.includes(column.key) || placeholder === undefined) {
        continue;
      }
      this.invalid = true;
      this.addFinding("field-missing", placeholder.address, {
        label: `${election.label} – ${column.label}`,
        detail: placeholderDetail(placeholder),
      });
    }
  }

  private addFinding(
    code: FindingCode,
    cell: string | null,
    params: FindingParams,
  ): void {
    const place: FindingPlace = {
      file: this.form.file,
      sheet: this.sheet,
      cell,
      unit: this.form.unit,
      slot: this.form.slot,
    };
    this.form.findings.push(
      makeFinding(code, place, formatNumberParams(params)),
    );
  }
}

// For an election spanning units, only the ballot columns are the unit's
// own, and the others describe the constituency.
function requiredColumns(election: Election): readonly ElectionColumn[] {
  return election.spansUnits ? BALLOT_COLUMNS : UNIT_ELECTION_COLUMNS;
}

/**
 * Reports whether a row contains a figure the election requires. Only then
 * is it a result the unit reports. A row with nothing but zeros for
 * supplementary elections or revotes is an election the unit does not hold.
 */
function hasRequiredFigure(
  election: Election,
  cells: Partial<Record<string, Cell>>,
): boolean {
  return requiredColumns(election).some((key) => cells[key] !== undefined);
}

function placeholderDetail(placeholder: Cell): string {
  const shown = showValue(placeholder.value).trim();
  return (
    `ô ${placeholder.address} chỉ có dấu "${shown}" giữ chỗ, ` +
    "chưa điền số liệu"
  );
}
