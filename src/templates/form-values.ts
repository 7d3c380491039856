import type { FieldKey } from "./labels.js";
import type { FieldValue, FormLayout } from "./field-table.js";

/** Values common to both forms' headers. */
export interface FormHeaderValues {
  /** Text of "Đơn vị báo cáo", such as "Ủy ban bầu cử huyện Cao Lộc". */
  unitName?: string;
  /** Election day `YYYY-MM-DD`, written as a real date cell. */
  electionDate?: string;
  /**
   * Send time as wall-clock `YYYY-MM-DDTHH:MM`, written as a real date-time
   * cell. An offset after the time is ignored.
   */
  sentAt?: string;
  reporter?: string;
  phone?: string;
  incidents?: string;
  proposals?: string;
  /** Edits a district made to the form's layout. */
  layout?: FormLayout;
}

/** Heading of the issuing committee, "ỦY BAN BẦU CỬ HUYỆN CAO LỘC". */
export function committeeHeading(unitName: string | undefined): string {
  if (unitName === undefined) return "ỦY BAN BẦU CỬ ...........";
  const bare = unitName.replace(/^(ủy|uỷ) ban bầu cử\s+/i, "");
  return `ỦY BAN BẦU CỬ ${bare.toLocaleUpperCase("vi")}`;
}

/** Text for "Đơn vị báo cáo" from a configured unit name. */
export function reportingBody(unitName: string): string {
  const first = unitName.charAt(0).toLocaleLowerCase("vi");
  return `Ủy ban bầu cử ${first}${unitName.slice(1)}`;
}

/** Collects header values into the field-keyed map the table writer takes. */
export function headerFieldValues(
  values: FormHeaderValues,
): Partial<Record<FieldKey, FieldValue>> {
  const fields: Partial<Record<FieldKey, FieldValue>> = {};
  if (values.unitName !== undefined) fields.unit = values.unitName;
  if (values.electionDate !== undefined) {
    fields.electionDate = values.electionDate;
  }
  if (values.sentAt !== undefined) fields.sentAt = values.sentAt;
  if (values.reporter !== undefined) fields.reporter = values.reporter;
  if (values.phone !== undefined) fields.phone = values.phone;
  if (values.incidents !== undefined) fields.incidents = values.incidents;
  if (values.proposals !== undefined) fields.proposals = values.proposals;
  return fields;
}
