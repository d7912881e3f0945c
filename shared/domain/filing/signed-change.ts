/**
 * How a compared figure's change prints, on its own so that a door printing comparisons (the CLI's
 * `consolidated compare`) does not load the summary rules and the contract's schemas at start.
 */

/** A change as compared figures print it, with its sign: +3, -1.5, 0. */
export function signedChange(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}
