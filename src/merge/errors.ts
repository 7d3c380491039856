/** A request that cannot be carried out as written, such as an unknown slot. */
export class UsageError extends Error {
  override name = "UsageError";
}
