/** The enterprise's particulars (企业基本信息): the cover's name and USCC, and a chapter of their own. */
import type { Content } from 'pdfmake/interfaces';
import type { Profile } from '../../../../shared/contract/profile/schemas';
import { keyValueTable } from '../render/document';
import { chapterTitle, noData, type SectionContext } from './context';

export function profileChapter(ctx: SectionContext, chapter: number): Content[] {
  const heading = ctx.h.h1(chapterTitle(chapter, ctx.r('reports.chapter.profile'), ctx.locale));
  const profile = ctx.views.sources.profile;
  if (!profile) return [heading, noData(ctx.r('reports.need.profile'))];
  return [heading, keyValueTable(profileRows(ctx, profile))];
}

function profileRows(ctx: SectionContext, profile: Profile): Array<[string, string]> {
  const label = (field: string) => ctx.t(`profile.field.${field}`);
  const rows: Array<[string, string]> = [
    [label('name'), profile.name],
    [label('uscc'), profile.uscc],
    [label('address'), profile.address],
    [label('regionCode'), profile.regionCode],
    [label('industry'), profile.industry],
    [label('unitType'), ctx.t(`profile.unitType.${profile.unitType}`)],
    [label('role'), ctx.t(`profile.role.${profile.role}`)],
  ];
  if (profile.role === 'subsidiary') rows.push([label('group.name'), profile.group.name], [label('group.uscc'), profile.group.uscc]);
  rows.push(
    [label('legalRepresentative'), profile.legalRepresentative],
    [label('department'), profile.department],
    [label('contact.name'), profile.contact.name],
    [label('contact.phone'), profile.contact.phone],
    [label('contact.email'), profile.contact.email],
  );
  return rows;
}
