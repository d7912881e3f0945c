/**
 * The version of the summary rules (./summary.ts), on its own so that the check a workspace makes as it opens —
 * is any stored summary from older rules? — does not load the rules and the contract's schemas they parse with.
 * Bump when a summary would come out differently for the same data: stored summaries are then recomputed.
 */
export const SUMMARY_VERSION = 3;
