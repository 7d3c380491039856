import type { Config } from "../config/schema.js";
import type { Finding } from "../findings/finding.js";
import type { ParsedForm } from "../forms/types.js";
import {
  checkAreas,
  checkGeneral,
  checkIncident,
  formFinding,
} from "./general.js";

/**
 * Runs the consistency checks of one Appendix 01 quick report. Missing and
 * invalid values were reported while parsing; these checks use the values
 * that were read and skip any comparison whose inputs are absent.
 */
export function checkForm01(form: ParsedForm, config: Config): Finding[] {
  const findings = checkGeneral(form, config);

  findings.push(
    ...checkAreas(form, [
      ["openedAreas", "opened-exceeds-polling-areas"],
      ["fullAreas", "full-exceeds-polling-areas"],
      ["closedAreas", "closed-exceeds-polling-areas"],
    ]),
  );

  const communes = checkFullCommunes(form, config);
  if (communes !== null) findings.push(communes);

  findings.push(...checkIncident(form));
  return findings;
}

function checkFullCommunes(form: ParsedForm, config: Config): Finding | null {
  const fullCommunes = form.figures.fullCommunes;
  const unit = config.units.find((candidate) => candidate.code === form.unit);
  const communes = unit?.communes;
  if (fullCommunes === undefined || communes === undefined) return null;
  if (fullCommunes <= communes) return null;

  return formFinding(form, "full-communes-exceed-communes", "fullCommunes", {
    value: fullCommunes,
    communes,
  });
}
