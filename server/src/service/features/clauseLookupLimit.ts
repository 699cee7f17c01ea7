/** Clause lookup answers at most this many tasks; a client may ask for fewer. */
export function clauseLookupLimit(requested: number | undefined): number {
  return requested !== undefined && Number.isFinite(requested) && requested > 0
    ? Math.min(Math.floor(requested), 200)
    : 30;
}
