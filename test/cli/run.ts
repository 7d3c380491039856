import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/context.js";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured, non-terminal streams. */
export async function run(
  args: string[],
  cwd = process.cwd(),
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: {},
    cwd,
  };
  const status = await main(["node", "bctinh", ...args], io);
  return { status, stdout, stderr };
}
