/**
 * Declarations (申报事项): each filled-in form laid out by the form engine's printableForm against the definition it
 * was entered on (shipped or imported), drafts marked.
 */
import type { Content } from 'pdfmake/interfaces';
import { printableForm } from '../../../../shared/domain/forms';
import { dataTable, keyValueTable } from '../render/document';
import { chapterTitle, noData, paragraph, type SectionContext } from './context';

export function declarationsChapter(ctx: SectionContext, chapter: number): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.declarations'), ctx.locale));
  const declarations = ctx.views.sources.declarations;
  if (declarations.length === 0) return [heading, noData(ctx.r('reports.noData.declarations'))];
  const content: Content[] = [heading];
  for (const [index, { declaration, definition }] of declarations.entries()) {
    if (!definition) {
      content.push(ctx.h.h2(declaration.formId), paragraph(ctx.r('reports.declarations.unknownForm', { form: declaration.formId })));
      continue;
    }
    ctx.addBasis({
      kind: 'form',
      id: definition.id,
      version: definition.version,
      title: ctx.locale === 'zh-CN' ? definition.title.zh : definition.title.en,
    });
    const printable = printableForm(definition, declaration, ctx.locale);
    content.push(
      {
        ...(ctx.h.h2(`${printable.title}（${printable.statusLabel}）`) as object),
        ...(index > 0 ? { pageBreak: 'before' } : {}),
      } as Content,
      ...(declaration.formVersion !== definition.version
        ? [paragraph(ctx.r('reports.declarations.versionDiffers', { entered: declaration.formVersion, current: definition.version }))]
        : []),
    );
    for (const section of printable.sections) {
      if (section.entries.length === 0) continue;
      content.push(ctx.h.h3(section.title));
      const values = section.entries.flatMap((entry) => (entry.kind === 'value' ? [[entry.label, entry.text] as [string, string]] : []));
      if (values.length > 0) content.push(keyValueTable(values));
      for (const entry of section.entries) {
        if (entry.kind !== 'table') continue;
        content.push(
          dataTable(
            entry.headers.map((header) => ({ header })),
            entry.rows,
            { caption: entry.label, emptyText: ctx.r('reports.common.none') },
          ),
        );
      }
    }
  }
  return content;
}
