/** A failure that stops a command, such as a summary that cannot be written. */
export class CommandError extends Error {
  override name = "CommandError";
}
