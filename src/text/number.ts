/**
 * Number formatting for Vietnamese messages: a dot groups thousands and a
 * comma marks decimals, as in `39.710` and `71,82`.
 */

const twoDecimals = new Intl.NumberFormat("vi-VN", {
  maximumFractionDigits: 2,
});

const sixDecimals = new Intl.NumberFormat("vi-VN", {
  maximumFractionDigits: 6,
});

/**
 * Formats a number for a message, rounded to at most two decimals so that
 * binary noise such as `25912.760000000002` shows as `25.912,76`. A
 * fraction that two decimals would round to a whole number, such as
 * `12.001`, keeps up to six decimals, so that a count reported as not
 * whole never shows as whole.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);

  const rounded = Math.round(value * 100) / 100;
  const fractional = Math.abs(value - Math.round(value)) > 1e-9;
  if (fractional && Number.isInteger(rounded)) {
    return sixDecimals.format(value);
  }
  return twoDecimals.format(value);
}

/**
 * Returns message parameters with every number formatted by
 * `formatNumber`; other values are kept as they are.
 */
export function formatNumberParams<T extends Record<string, unknown>>(
  params: T,
): T {
  const formatted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    formatted[key] = typeof value === "number" ? formatNumber(value) : value;
  }
  return formatted as T;
}
