/**
 * Every error code of the filing package core. Codes are stable: the CLI prints them, tests assert them,
 * shared/i18n/filing.ts turns them into sentences. The verifier's codes are listed once, by the step that
 * reports them.
 */
import { MEMBER } from './paths';

/**
 * The verifier's steps (docs/filing-package.md, "Verification by Denggao") and the codes each can fail with,
 * so a report can show every check with pass or fail. Structure failures stop the rest: those steps did not run.
 */
export const VERIFY_STEPS = [
  {
    step: 'structure',
    codes: [
      'filing.verify.notZip',
      'filing.verify.tooManyEntries',
      'filing.verify.totalTooLarge',
      'filing.verify.compressionRatio',
      'filing.verify.nameNotUtf8',
      'filing.verify.unsafePath',
      'filing.verify.notRegularFile',
      'filing.verify.duplicateName',
      'filing.verify.encryptedEntry',
      'filing.verify.unsupportedCompression',
      'filing.verify.corruptEntry',
      'filing.verify.memberTooLarge',
    ],
  },
  {
    step: 'manifest',
    codes: [
      'filing.verify.manifestMissing',
      'filing.verify.manifestNotJson',
      'filing.verify.unsupportedFormatVersion',
      'filing.verify.manifestInvalid',
    ],
  },
  {
    step: 'files',
    codes: [
      'filing.verify.fileMissing',
      'filing.verify.extraFile',
      'filing.verify.sizeMismatch',
      'filing.verify.sha256Mismatch',
      'filing.verify.sm3Mismatch',
    ],
  },
  { step: 'audit', codes: ['filing.verify.auditLogInvalid', 'filing.verify.auditChainBroken', 'filing.verify.auditHeadMismatch'] },
  {
    step: 'cms',
    codes: [
      'filing.verify.cmsMissing',
      'filing.verify.cmsMalformed',
      'filing.verify.cmsUnsupportedAlgorithm',
      'filing.verify.cmsInvalid',
      'filing.verify.signerCertMismatch',
    ],
  },
  { step: 'sm2', codes: ['filing.verify.sm2SignatureMissing', 'filing.verify.sm2KeyMalformed', 'filing.verify.sm2Invalid'] },
  {
    step: 'signer',
    codes: [
      'filing.verify.signingTimeMismatch',
      'filing.verify.createdInFuture',
      'filing.verify.certNotValidAtSigning',
      'filing.verify.certNotValidNow',
      'filing.verify.signerEnterpriseMismatch',
      'filing.verify.signerNotForSigning',
      'filing.verify.signerUntrusted',
    ],
  },
] as const satisfies ReadonlyArray<{ step: string; codes: readonly `filing.verify.${string}`[] }>;
export type VerifyStep = (typeof VERIFY_STEPS)[number]['step'];

/** Every code the verifier can report: the steps' codes, in step order. */
export type FilingVerifyCode = (typeof VERIFY_STEPS)[number]['codes'][number];
export const FILING_VERIFY_CODES: readonly FilingVerifyCode[] = VERIFY_STEPS.flatMap((step) => step.codes);

export const FILING_KEY_CODES = [
  'filing.keys.passphraseTooShort',
  'filing.keys.invalidEnterprise',
  'filing.keys.badPassphrase',
  'filing.keys.notFound',
  'filing.keys.alreadyExist',
  'filing.keys.corrupt',
  'filing.keys.mismatch',
  'filing.keys.publicKeyReplaced',
  'filing.keys.kdfOutOfRange',
  'filing.keys.p12BadPassword',
  'filing.keys.p12Unsupported',
  'filing.keys.p12NoKey',
  'filing.keys.p12NoCertificate',
  'filing.keys.p12KeyMismatch',
  'filing.keys.unsupportedKey',
] as const;

export const FILING_WRITE_CODES = [
  'filing.write.badSourcePath',
  'filing.write.duplicatePath',
  'filing.write.missingWorkspace',
  'filing.write.invalidManifest',
  'filing.write.sourceUnreadable',
  'filing.write.sourceChanged',
  'filing.write.outputUnwritable',
  'filing.write.signerEnterpriseMismatch',
] as const;

/** A receipt's own checks (docs/filing-package.md "Receipts"), beside the signature and trust checks it shares with packages. */
export const FILING_RECEIPT_VERIFY_CODES = [
  'filing.receipt.receiptMissing',
  'filing.receipt.receiptInvalid',
  'filing.receipt.sm2KeyUnbound',
] as const;
export type FilingReceiptVerifyCode = (typeof FILING_RECEIPT_VERIFY_CODES)[number];

/** A roll-up's checks of the packages it carries (docs/filing-package.md, "Roll-up"), and of making one. */
export const FILING_ROLLUP_CODES = [
  'filing.rollup.notChecked',
  'filing.rollup.innerNotListed',
  'filing.rollup.innerUndeclared',
  'filing.rollup.duplicateEnterprise',
  'filing.rollup.includesSelf',
  'filing.rollup.otherPeriod',
  'filing.rollup.tooDeep',
  'filing.rollup.innerInvalid',
  'filing.rollup.signerNotDeclared',
  'filing.rollup.declarationMismatch',
  'filing.rollup.nothingAccepted',
  'filing.rollup.packageNotKept',
  'filing.rollup.packageChanged',
  'filing.rollup.decideCarried',
] as const;
export type FilingRollupCode = (typeof FILING_ROLLUP_CODES)[number];

export const FILING_OTHER_CODES = ['filing.extract.destNotEmpty', 'filing.cancelled'] as const;

/** The workspace's methods around the core: export from the workspace, the receiver's trust list and filings. */
export const FILING_SERVICE_CODES = [
  'filing.export.noProfile',
  'filing.export.unknownSection',
  'filing.export.attachmentMissing',
  'filing.export.reportNotPdf',
  'filing.import.notVerified',
  'filing.import.replay',
  'filing.import.auditHistoryDiverged',
  'filing.import.dataNotJson',
  'filing.import.dataInvalid',
  'filing.trust.needCertificate',
  'filing.trust.notCertificate',
  'filing.trust.alreadyTrusted',
  'filing.trust.notValidNow',
  'filing.filings.notFound',
  'filing.compare.periodMissing',
  'filing.export.amendsUnknown',
  'filing.export.amendsOtherPeriod',
  'filing.import.amendsUnknown',
  'filing.import.amendsMismatch',
  'filing.receipt.notVerified',
  'filing.receipt.unknownPackage',
  'filing.receipt.manifestMismatch',
  'filing.receipt.replay',
  'filing.receipt.refusalIssued',
  'filing.receipt.notFound',
  'filing.decide.alreadyReturned',
  'filing.decide.reasonsRequired',
  'filing.decide.reasonsNotExpected',
  'filing.decide.unknownSection',
  'filing.review.notImported',
  'filing.review.noAssessment',
  'filing.review.unknownIndicator',
  'filing.review.pointsOutOfRange',
] as const;

export type FilingKeyCode = (typeof FILING_KEY_CODES)[number];
export type FilingWriteCode = (typeof FILING_WRITE_CODES)[number];
export type FilingServiceCode = (typeof FILING_SERVICE_CODES)[number];
export type FilingCode =
  | FilingVerifyCode
  | FilingReceiptVerifyCode
  | FilingKeyCode
  | FilingWriteCode
  | FilingServiceCode
  | FilingRollupCode
  | (typeof FILING_OTHER_CODES)[number];

export const FILING_CODES: readonly FilingCode[] = [
  ...FILING_VERIFY_CODES,
  ...FILING_RECEIPT_VERIFY_CODES,
  ...FILING_KEY_CODES,
  ...FILING_WRITE_CODES,
  ...FILING_SERVICE_CODES,
  ...FILING_ROLLUP_CODES,
  ...FILING_OTHER_CODES,
];

export type VerifyStepOutcome = 'pass' | 'fail' | 'notRun' | 'absent';

/**
 * Each step's outcome from a result's error codes; steps after a structure failure did not run. The audit
 * step is 'absent' when the manifest lists no audit log (the sender left it out): nothing was there to check.
 */
export function verifyStepOutcomes(
  codes: readonly string[],
  manifest?: { files: ReadonlyArray<{ path: string }> },
): Array<{ step: VerifyStep; outcome: VerifyStepOutcome }> {
  const structureFailed = VERIFY_STEPS[0].codes.some(
    (code) => codes.includes(code) && code !== 'filing.verify.corruptEntry' && code !== 'filing.verify.memberTooLarge',
  );
  const auditAbsent = manifest !== undefined && !manifest.files.some((file) => file.path === MEMBER.auditLog);
  return VERIFY_STEPS.map(({ step, codes: stepCodes }) => ({
    step,
    outcome: (stepCodes as readonly string[]).some((code) => codes.includes(code))
      ? 'fail'
      : structureFailed && step !== 'structure'
        ? 'notRun'
        : step === 'audit' && auditAbsent
          ? 'absent'
          : 'pass',
  }));
}
