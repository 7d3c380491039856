import { stripDiacritics } from "../text/fold.js";

/**
 * Parses a slot or time of day as Vietnamese offices write it: `10h30`,
 * `10:30`, `10 giờ 30`, `10g30`, `10h30'`, `10h` and `8h30` alike.
 * Returns minutes since midnight, or null when the text is not a time.
 */
export function parseSlotText(text: string): number | null {
  const folded = stripDiacritics(text)
    .toLowerCase()
    .replace(/['’′."]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const match =
    /^(?:luc |moc |thoi diem )?(\d{1,2}) ?(?:h|g|gio|:| )? ?(\d{2})?(?: ?phut)?$/.exec(
      folded,
    ) ?? /^(\d{1,2})(\d{2})$/.exec(folded);
  if (match === null) return null;

  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Writes minutes since midnight in the Vietnamese slot style, `10h30`. */
export function slotLabel(minutesOfDay: number): string {
  const hours = Math.floor(minutesOfDay / 60);
  const minutes = String(minutesOfDay % 60).padStart(2, "0");
  return `${hours}h${minutes}`;
}

/**
 * Finds the configured slot a text names, such as `10:30` for `10h30`.
 * Returns the configured spelling, or null when the text names no slot.
 */
export function matchSlot(text: string, slots: readonly string[]): string | null {
  const minutes = parseSlotText(text);
  if (minutes === null) return null;
  for (const slot of slots) {
    if (parseSlotText(slot) === minutes) return slot;
  }
  return null;
}
