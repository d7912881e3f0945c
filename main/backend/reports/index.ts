/**
 * The reports domain: `reports.kinds` (what each report needs and whether the workspace holds it) and
 * `reports.render` (the PDF, laid out and written in a worker thread with progress and cancel).
 *
 * A report prints the workspace as its canonical data JSON says (exportWorkspaceData), projected by
 * sources.ts; its document is built before any file is touched, so a report that lacks its data fails with
 * a clear error and writes nothing, and renderPdf writes through a temporary file that only a successful
 * render renames into place.
 */
import { localIsoDate } from '../dates';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { DataSection, DomainHandlers, HandlerContext } from '../context';
import { newExportPath } from '../files/workspace-files';
import { exportWorkspaceData } from '../workspace/data';
import { buildReport, reportKinds } from './build';
import { renderPdf } from './render/render-pdf';
import { collectSources, type ReportSources } from './sources';
import { computeViews } from './views';
import { postureOf } from './posture';

export interface ReportsDeps {
  /** The data JSON's sections, to export the workspace from (see main/backend/domains.ts). */
  sections: readonly DataSection[];
}

/**
 * Where `fonts/` is: DENGGAO_RESOURCES_DIR when set (the packaged app sets it to Electron's resources
 * folder, where electron-builder puts resources/fonts), else renderPdf searches the folders above the code.
 */
export function reportResourcesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DENGGAO_RESOURCES_DIR || undefined;
}

export function createReportsHandlers(deps: ReportsDeps): DomainHandlers<'reports'> {
  const loadSources = (ctx: HandlerContext): ReportSources => {
    const data = exportWorkspaceData(ctx.db, deps.sections, ctx.now());
    return collectSources(data, localIsoDate(ctx.now()));
  };
  return {
    'reports.kinds': (_input, ctx) => reportKinds(computeViews(loadSources(ctx))),
    'reports.posture': (_input, ctx) => postureOf(computeViews(loadSources(ctx))),
    'reports.render': async (input, ctx) => {
      const locale = input.locale ?? ctx.locale;
      const document = buildReport(loadSources(ctx), {
        kind: input.kind,
        objectId: input.objectId,
        locale,
        classification: input.classification,
        approvals: input.approvals,
      });
      const outPath = input.out
        ? path.resolve(input.out)
        : newExportPath(ctx.dataDir, `${translate(locale, `reports.kind.${input.kind}`)}.pdf`, ctx.now());
      const resourcesDir = reportResourcesDir();
      const result = await renderPdf(document, {
        outPath,
        // The error's whole message is in the caller's language, even for a report printed in another.
        locale: ctx.locale,
        signal: ctx.signal,
        onProgress: (progress) => ctx.progress(progress.phase, progress.done, progress.total),
        ...(resourcesDir ? { resourcesDir } : {}),
      });
      return { path: result.outPath, pages: result.pages, bytes: result.bytes };
    },
  };
}
