import { z } from 'zod';
import { isValidUscc, normalizeEnteredUscc } from '../../domain/profile/uscc';

/**
 * Zod messages here are i18n keys (shared/i18n): the backend turns them into the user's language and
 * attaches the field path, so the form can show the error beside the field.
 */
export const usccSchema = z.string().trim().refine(isValidUscc, { message: 'profile.uscc.invalid' });
/** A USCC the user enters: lower case, spaces and full-width characters are put right before the check. */
const enteredUsccSchema = z.string().overwrite(normalizeEnteredUscc).refine(isValidUscc, { message: 'profile.uscc.invalid' });
const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });
const optionalText = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });

/** 行政区划代码 (GB/T 2260): six digits. */
const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'profile.regionCode.invalid' });
/**
 * Digits with area code, country code and separators; an extension may follow (转 123, 分机 123, ext. 123).
 * Every phone field of the app (the profile's, the graded-protection filing's) takes this one form.
 */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}(?:\s*(?:转|分机|ext\.?|x)\s*[0-9]{1,6})?$/i, { message: 'profile.phone.invalid' });
const emailSchema = z.union([z.literal(''), z.string().trim().email({ message: 'profile.email.invalid' })]);

export const unitRoleSchema = z.enum(['headquarters', 'subsidiary']);

export const UNIT_TYPES = ['central-enterprise', 'state-owned-enterprise', 'public-institution', 'government', 'other'] as const;
export const unitTypeSchema = z.enum(UNIT_TYPES);

/** The enterprise profile (企业基本信息). Field names are a published contract: other tools rely on them. */
export const profileSchema = z
  .object({
    name: requiredText(200),
    uscc: enteredUsccSchema,
    address: optionalText(300),
    regionCode: regionCodeSchema,
    industry: optionalText(100),
    unitType: unitTypeSchema,
    role: unitRoleSchema,
    group: z.object({ name: optionalText(200), uscc: z.union([z.literal(''), enteredUsccSchema]) }),
    legalRepresentative: optionalText(100),
    department: optionalText(100),
    contact: z.object({ name: optionalText(100), phone: z.union([z.literal(''), phoneSchema]), email: emailSchema }),
  })
  .superRefine((profile, ctx) => {
    // A subsidiary must say which group it belongs to; a headquarters is its own group.
    if (profile.role !== 'subsidiary') return;
    if (!profile.group.name) ctx.addIssue({ code: 'custom', path: ['group', 'name'], message: 'profile.group.required' });
    if (!profile.group.uscc) ctx.addIssue({ code: 'custom', path: ['group', 'uscc'], message: 'profile.group.required' });
  });
export type Profile = z.infer<typeof profileSchema>;
