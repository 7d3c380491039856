import { z } from "zod";

const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "giờ dạng HH:MM, ví dụ 23:00");

/** A person to call about one unit's reports (Appendix 03). */
export const contactSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().min(1),
});

/** One reporting unit: a district-level committee, or a commune since 2025. */
export const unitSchema = z.strictObject({
  /** Short code used in file names and JSON, such as `CLO`. */
  code: z.string().regex(/^[A-Za-z0-9_-]+$/, "mã chỉ gồm chữ, số, - và _"),
  name: z.string().min(1),
  /** Other spellings found in forms, such as "Cao Lộc" or "Cao Loc". */
  aliases: z.array(z.string().min(1)).default([]),
  contact: contactSchema.optional(),
  /** Number of communes, wards and towns in the unit, when known. */
  communes: z.number().int().positive().optional(),
});

/** One election held on the day, as a row of the Appendix 02 table. */
export const electionSchema = z.strictObject({
  /** Row label in the Appendix 02 table and key in JSON totals. */
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * True when a constituency spans several units. The unit then reports
   * ballots only, and seats, candidates, elected, supplementary and revote
   * counts are not summed.
   */
  spansUnits: z.boolean(),
});

export const configSchema = z.strictObject({
  province: z.string().min(1),
  /** Title of the election, printed on forms and summaries. */
  electionTitle: z.string().min(1),
  /** Election day, `YYYY-MM-DD`. */
  electionDate: z.iso.date(),
  /** Offset of local time from UTC; Vietnam has no daylight saving. */
  utcOffset: z
    .string()
    .regex(/^[+-]([01]\d|2[0-3]):[0-5]\d$/, "độ lệch giờ dạng +07:00"),
  /** Quick-report slots in the order of the day, written `8h30`, `10h30`. */
  slots: z
    .array(z.string().regex(/^([01]?\d|2[0-3])h[0-5]\d$/, "mốc dạng 10h30"))
    .min(1),
  /** Minutes after a slot before a report counts as late. */
  graceMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** Deadline of the preliminary results (Appendix 02) on election day. */
  finalDeadline: timeOfDay,
  units: z.array(unitSchema).min(1),
  elections: z.array(electionSchema).min(1),
  /**
   * Extra labels per field key, for offices whose forms word a field
   * differently, such as `{ "voted": ["Số cử tri đã bầu"] }`.
   */
  labelAliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
});

export type Contact = z.infer<typeof contactSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Election = z.infer<typeof electionSchema>;
export type Config = z.infer<typeof configSchema>;
/** The configuration as written in a file, before defaults are applied. */
export type ConfigInput = z.input<typeof configSchema>;
