import type { Profile } from '../../../shared/contract/profile/schemas';
import { translate, type Locale, translateCode } from '../../../shared/i18n';
import { readJsonFile } from '../files';
import type { Command } from '../types';

function describeProfile(profile: Profile | null, locale: Locale): string {
  if (!profile) return translate(locale, 'app.home.noProfile');
  const t = (key: string) => translateCode(locale, `profile.field.${key}`);
  const rows: [string, string][] = [
    [t('name'), profile.name],
    [t('uscc'), profile.uscc],
    [t('address'), profile.address],
    [t('regionCode'), profile.regionCode],
    [t('industry'), profile.industry],
    [t('unitType'), translate(locale, `profile.unitType.${profile.unitType}`)],
    [t('role'), translate(locale, `profile.role.${profile.role}`)],
    [t('group.name'), profile.group.name],
    [t('group.uscc'), profile.group.uscc],
    [t('legalRepresentative'), profile.legalRepresentative],
    [t('department'), profile.department],
    [t('contact.name'), profile.contact.name],
    [t('contact.phone'), profile.contact.phone],
    [t('contact.email'), profile.contact.email],
  ];
  return rows.map(([label, value]) => `${label}: ${value}`).join('\n');
}

export const profileCommands: Command[] = [
  {
    path: ['profile', 'show'],
    summary: 'Show the enterprise profile (企业基本信息)',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('profile.get', {}, { locale: ctx.locale });
      return ctx.report(result, (profile) => describeProfile(profile, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['profile', 'set'],
    summary: 'Replace the enterprise profile with the one in a JSON file',
    options: {
      file: {
        type: 'string',
        required: true,
        description: 'profile JSON (the same object as "profile" in the data JSON)',
        valueName: 'FILE',
      },
    },
    async run(values, _positionals, ctx) {
      const file = ctx.resolvePath(String(values.file));
      const profile = readJsonFile(file);
      const result = await ctx.backend().call('profile.save', profile as Profile, { locale: ctx.locale });
      return ctx.report(result, (saved) => describeProfile(saved, ctx.locale ?? 'zh-CN'));
    },
  },
];
