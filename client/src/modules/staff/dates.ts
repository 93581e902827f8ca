/** A day as `<input type="date">` gives it: `2026-03-01`. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The first moment of a local day, as the server's DateTime. */
export function dayStart(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** The last moment of a local day: "to March 31" includes the 31st. */
export function dayEnd(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}
