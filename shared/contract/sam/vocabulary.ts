/**
 * The SAM registers' names as plain values, on their own so that code which only needs the list — the CLI's
 * options — does not build the domain's schemas at start (shared/contract/domains.ts).
 */

/** The kinds of records a file can import. */
export const SAM_KINDS = ['products', 'entitlements', 'installations'] as const;

/** Every register: the three a file can import, and devices and users. */
export const SAM_REGISTERS = ['products', 'entitlements', 'installations', 'devices', 'users'] as const;

/** What `sam.export` writes: a register, or the licence position. */
export const EXPORT_TARGETS = [...SAM_REGISTERS, 'position'] as const;
