import { spawnSync } from "node:child_process";

/**
 * Reports whether a program is on PATH. Tests that need LibreOffice or
 * Gnumeric skip without them on a developer's machine, but in CI
 * (`CI=true`) a missing program throws, because `.ci/run` installs both and
 * the conversion path must be tested there.
 */
export function hasProgram(name: string): boolean {
  const found =
    spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" })
      .status === 0;
  if (!found && process.env.CI === "true") {
    throw new Error(
      `${name} is not installed; .ci/run installs it from Debian's packages`,
    );
  }
  return found;
}

/** True when LibreOffice can convert files here. */
export const hasLibreOffice = hasProgram("soffice");
