/**
 * The receiver's decisions on an imported filing: accept it or return it for correction with reasons per
 * section, each in a signed receipt (receipts.ts); and its review (复评) — a reviewed grade and per-indicator
 * adjustments against the filed self-assessment, which the next receipt carries back.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GENERAL_SECTION, type IssuedReceipt, type ReturnReason, type Review } from '../../../shared/contract/filing/receipt';
import type { ReceivedFiling } from '../../../shared/contract/filing/receiver';
import { MEMBER } from '../../../shared/contract/filing/paths';
import { currentAssessmentScore } from '../../../shared/domain/filing/summary';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { newExportPath } from '../files/workspace-files';
import { findIssuedReceipt, receiptsForFiling, reviewOf, saveReview, setFilingStatus } from './chain-repository';
import {
  discardReceipt,
  issuedReceiptOf,
  prepareIssuer,
  publishReceipt,
  recordReceipt,
  signReceipt,
  type ReceiptRequest,
} from './receipts';
import { receiptSubject } from './receive';
import { filingContent, filingSummary, getFiling } from './repository';

export interface DecideInput extends ReceiptRequest {
  id: string;
  result: 'accepted' | 'returned';
  reasons: ReturnReason[];
}

/** A filing that came inside a roll-up was decided on by the roll-up's signer: this receiver decides on the roll-up. */
function refuseDecisionOnCarried(ctx: HandlerContext, filing: ReceivedFiling): void {
  const carrier = filing.parentId ? getFiling(ctx.db, filing.parentId) : null;
  if (carrier)
    throw new AppError(
      'filing.rollup.decideCarried',
      { enterprise: filing.enterprise.name, carrier: carrier.enterprise.name },
      { field: 'id' },
    );
}

export async function decideFiling(ctx: HandlerContext, input: DecideInput): Promise<IssuedReceipt> {
  const filing = getFiling(ctx.db, input.id);
  const content = filing ? filingContent(ctx.db, input.id) : null;
  if (!filing || !content) throw new AppError('filing.filings.notFound', { id: input.id }, { field: 'id' });
  refuseDecisionOnCarried(ctx, filing);
  refuseDecisionOnReturned(ctx, filing);
  checkReasons(ctx, input);
  const issuer = await prepareIssuer(ctx, input);
  const manifestSha256 = content.manifestSha256 ?? sha256OfKeptManifest(ctx, content.folder);
  const issued = await signReceipt(
    ctx,
    issuer,
    {
      ...receiptSubject(content.manifest, manifestSha256),
      result: input.result,
      reasons: input.result === 'returned' ? input.reasons : [],
      refusal: [],
      review: reviewOf(ctx.db, filing.id),
    },
    filing.id,
  );
  try {
    ctx.db.transaction(() => {
      recordReceipt(ctx, issued);
      setFilingStatus(ctx.db, filing.id, input.result);
      ctx.audit({
        entity: `filing.receipt:${issued.receipt.receiptId}`,
        before: { status: filing.status },
        after: {
          filingId: filing.id,
          packageId: filing.packageId,
          accessionNumber: issued.receipt.accessionNumber,
          result: input.result,
          reasons: issued.receipt.reasons,
        },
      });
    })();
  } catch (error) {
    discardReceipt(ctx, issued);
    throw error;
  }
  return { ...issuedReceiptOf(issued), path: publishReceipt(ctx, issued, issuer.out) };
}

function refuseDecisionOnReturned(ctx: HandlerContext, filing: ReceivedFiling): void {
  if (filing.status !== 'returned') return;
  throw new AppError(
    'filing.decide.alreadyReturned',
    { accessionNumber: receiptsForFiling(ctx.db, filing.id)[0]?.accessionNumber ?? '—' },
    { field: 'id' },
  );
}

/** A return names at least one reason, each for a section the filing carries (or the whole filing). */
function checkReasons(ctx: HandlerContext, input: DecideInput): void {
  if (input.result === 'accepted') {
    if (input.reasons.length > 0) throw new AppError('filing.decide.reasonsNotExpected', {}, { field: 'reasons' });
    return;
  }
  if (input.reasons.length === 0) throw new AppError('filing.decide.reasonsRequired', {}, { field: 'reasons' });
  const sections = [GENERAL_SECTION, ...filingSummary(ctx.db, input.id).sections];
  input.reasons.forEach((reason, index) => {
    if (!sections.includes(reason.section)) {
      throw new AppError(
        'filing.decide.unknownSection',
        { row: index + 1, section: reason.section, available: sections.join(', ') },
        { field: `reasons[${index}].section`, row: index + 1 },
      );
    }
  });
}

function sha256OfKeptManifest(ctx: HandlerContext, folder: string): string {
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(ctx.dataDir, folder, MEMBER.manifest)))
    .digest('hex');
}

export interface ReviewInput {
  filingId: string;
  reviewedGrade: Review['reviewedGrade'];
  notes: string;
  adjustments: Array<{ indicatorId: string; reviewedPoints: number; note: string }>;
}

/** Records the review of an imported filing; each adjustment names an indicator of its filed assessment. */
export function reviewFiling(ctx: HandlerContext, input: ReviewInput): Review {
  const content = filingContent(ctx.db, input.filingId);
  if (!content) throw new AppError('filing.review.notImported', { id: input.filingId }, { field: 'filingId' });
  const score = currentAssessmentScore(content.data);
  if (input.adjustments.length > 0 && !score) throw new AppError('filing.review.noAssessment', {}, { field: 'adjustments' });
  const adjustments = input.adjustments.map((adjustment, index) => {
    const row = index + 1;
    const indicator = score!.indicators.find((candidate) => candidate.indicatorId === adjustment.indicatorId);
    if (!indicator)
      throw new AppError(
        'filing.review.unknownIndicator',
        { row, indicatorId: adjustment.indicatorId },
        { field: `adjustments[${index}].indicatorId`, row },
      );
    if (adjustment.reviewedPoints > indicator.maxPoints) {
      throw new AppError(
        'filing.review.pointsOutOfRange',
        { row, indicatorId: adjustment.indicatorId, points: adjustment.reviewedPoints, maxPoints: indicator.maxPoints },
        { field: `adjustments[${index}].reviewedPoints`, row },
      );
    }
    return {
      indicatorId: adjustment.indicatorId,
      selfPoints: indicator.points,
      reviewedPoints: adjustment.reviewedPoints,
      note: adjustment.note,
    };
  });
  const review: Review = {
    selfGrade: score?.grade ?? null,
    reviewedGrade: input.reviewedGrade,
    notes: input.notes,
    adjustments,
    reviewedAt: ctx.now().toISOString(),
    reviewedBy: ctx.actor,
  };
  saveReview(ctx.db, input.filingId, review);
  return review;
}

/** A fresh copy of a receipt this workspace signed, under exports/. */
export function exportIssuedReceipt(ctx: HandlerContext, receiptId: string): { path: string } {
  const issued = findIssuedReceipt(ctx.db, receiptId);
  if (!issued) throw new AppError('filing.receipt.notFound', { id: receiptId }, { field: 'receiptId' });
  const target = newExportPath(ctx.dataDir, `receipt-${issued.accessionNumber}.dgrcpt`, ctx.now());
  fs.copyFileSync(path.join(ctx.dataDir, issued.path), target, fs.constants.COPYFILE_EXCL);
  return { path: target };
}
