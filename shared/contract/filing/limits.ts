/**
 * Limits a filing package must stay within. One place, so the verifier, the writer, the spec
 * (docs/filing-package.md) and the tests agree. A receiver opens packages from outside: these bounds keep a
 * hostile archive from exhausting memory, disk or time before its signature has even been checked.
 */
export const FILING_LIMITS = {
  /** Entries in the archive (read from the end-of-central-directory record before anything else). */
  maxEntries: 10_000,
  /** Sum of the entries' uncompressed sizes. */
  maxTotalUncompressedBytes: 4 * 1024 ** 3,
  /** Uncompressed / compressed size of one entry … */
  maxCompressionRatio: 100,
  /** … checked only for entries larger than this: a tiny file of zeros may legitimately compress 100:1. */
  compressionRatioMinBytes: 1024 ** 2,
  /** Entry name length in UTF-8 bytes, and of each '/'-separated segment. */
  maxPathBytes: 512,
  maxSegmentBytes: 255,
  /** manifest.json is read whole (it is signed as bytes). */
  maxManifestBytes: 16 * 1024 ** 2,
  /** Each member under signatures/ (CMS, SM2 signature, certificate, SM2 key) is read whole. */
  maxSignatureMemberBytes: 64 * 1024,
  /** audit/log.json is read whole to verify its hash chain. */
  maxAuditLogBytes: 128 * 1024 ** 2,
  /**
   * The manifest's `createdAt` and the CMS signingTime (which the signature covers) are written from one clock:
   * they may differ by the UTCTime's lost fraction of a second, not by more than this.
   */
  maxSigningTimeDifferenceMs: 60_000,
  /**
   * How far a package's `createdAt` may lie ahead of the receiver's clock. Offline machines' clocks drift, so
   * a day is forgiven; more is a claim about the future, refused.
   */
  maxClockSkewMs: 86_400_000,
  /** Certificates followed from a signer up to a trusted CA (real hierarchies are two or three deep). */
  maxChainDepth: 6,
  /** Packages a roll-up carries directly (one per enterprise it received from). */
  maxInnerPackages: 2_000,
  /** Tiers of roll-ups inside roll-ups below the outer package (unit → second tier → group → SASAC is 2). */
  maxRollupDepth: 4,
} as const;
