import type { Approval } from '../../../shared/contract/reports/frame';
import type { RenderReportInput, ReportKind } from '../../../shared/contract/reports/schemas';
import { CLASSIFICATION_MARKS, REPORT_KINDS } from '../../../shared/contract/reports/vocabulary';
import { translate } from '../../../shared/i18n';
import { UsageError, type Command } from '../types';

export const reportsCommands: Command[] = [
  {
    path: ['report'],
    summary: 'Print a PDF report (summary, climbing plan, graded protection, gaps, software assets, declarations, or all)',
    usage: 'Exit 1 with the reason when the workspace lacks the data the report needs (e.g. --kind plan with no plan).',
    options: {
      kind: { type: 'string', required: true, description: REPORT_KINDS.join(' | '), valueName: 'KIND' },
      object: { type: 'string', description: 'a protected object id (mlps, gaps and filing-form reports only)', valueName: 'ID' },
      classification: {
        type: 'string',
        description: `the mark on the cover and every page: ${CLASSIFICATION_MARKS.join(' | ')} (default internal)`,
        valueName: 'MARK',
      },
      reviewer: { type: 'string', description: 'name printed in the signature block as 审核 (reviewer)', valueName: 'NAME' },
      approver: { type: 'string', description: 'name printed in the signature block as 批准 (approver)', valueName: 'NAME' },
      out: {
        type: 'string',
        required: true,
        description: 'the PDF file to write (an existing file is replaced only on success)',
        valueName: 'FILE',
      },
    },
    async run(values, _positionals, ctx) {
      const kind = String(values.kind);
      if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${REPORT_KINDS.join(', ')}`);
      const approvals: Approval[] = [];
      if (typeof values.reviewer === 'string') approvals.push({ role: 'reviewer', name: values.reviewer });
      if (typeof values.approver === 'string') approvals.push({ role: 'approver', name: values.approver });
      const input: RenderReportInput = {
        kind: kind as ReportKind,
        out: ctx.resolvePath(String(values.out)),
        approvals,
        ...(typeof values.object === 'string' ? { objectId: values.object } : {}),
        ...(typeof values.classification === 'string'
          ? { classification: values.classification as RenderReportInput['classification'] }
          : {}),
        ...(ctx.locale ? { locale: ctx.locale } : {}),
      };
      const result = await ctx.backend().call('reports.render', input, { locale: ctx.locale });
      return ctx.report(result, (done) =>
        translate(ctx.locale ?? 'zh-CN', 'reports.cli.done', { pages: done.pages, bytes: done.bytes, path: done.path }),
      );
    },
  },
];
