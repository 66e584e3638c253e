/** Ids in a fixed order, so that layouts are deterministic: ties broken the same everywhere. */
export function compareIds(a: string, b: string): number {
  // Code-unit order, not localeCompare, so the result is the same on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}
