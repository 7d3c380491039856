import { escapeText } from "../output/escape.js";
import { colourAllowed, createPaint, type Paint } from "../output/paint.js";

/** A writable text stream, such as process.stdout. */
export interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The process's streams and environment, replaceable in tests. */
export interface CliIO {
  stdout: TextStream;
  stderr: TextStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** State shared by every command: the streams and the exit status. */
export interface CliContext {
  io: CliIO;
  /** Exit status the command chose; main returns it. */
  exitCode: number;
  /** Commander's last error message, translated, for `--json` errors. */
  commanderMessage?: string;
}

/** Creates the context of one run on the given streams. */
export function createContext(io: CliIO): CliContext {
  return { io, exitCode: 0 };
}

/** Styles for standard output: plain with --json, when piped, or with NO_COLOR. */
export function stdoutPaint(context: CliContext, json: boolean): Paint {
  return createPaint(!json && colourAllowed(context.io.stdout, context.io.env));
}

/** Styles for standard error, judged on that stream alone. */
export function stderrPaint(context: CliContext): Paint {
  return createPaint(colourAllowed(context.io.stderr, context.io.env));
}

/**
 * Returns a progress callback writing to standard error, or undefined when
 * standard error is not a terminal, so that logs and pipes stay quiet.
 */
export function progressReporter(
  context: CliContext,
): ((message: string) => void) | undefined {
  if (context.io.stderr.isTTY !== true) return undefined;
  return (message) => context.io.stderr.write(`${escapeText(message)}\n`);
}
