import { Chalk } from "chalk";

/** Text styles for the terminal; every function is identity without colour. */
export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
  cyan: (text: string) => string;
}

/**
 * Reports whether output to the stream may be coloured: only on a terminal
 * and only while NO_COLOR is unset or empty (https://no-color.org).
 */
export function colourAllowed(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): boolean {
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  return stream.isTTY === true && !noColour;
}

/** Creates the styles, coloured or plain. */
export function createPaint(colour: boolean): Paint {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  return {
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    red: (text) => chalk.red(text),
    yellow: (text) => chalk.yellow(text),
    green: (text) => chalk.green(text),
    cyan: (text) => chalk.cyan(text),
  };
}

/** Styles that leave text unchanged, for plain output and tests. */
export const plainPaint: Paint = createPaint(false);
