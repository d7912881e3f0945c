/**
 * The SAM field labels, as message keys `sam.field.<id>`: declared with the fields in the catalogue
 * (shared/catalogs/sam/fields.ts) and read from there, so a field's label is written once.
 */
import { SAM_FIELD_CATALOGUE, fieldLabelMessages } from '../catalogs/sam/fields';
import { defineMessages, type MessageTable } from './define';

/** Every field id the catalogue declares, as a literal: the keys stay typed (a `string` key would untype them all). */
export type SamFieldId = (typeof SAM_FIELD_CATALOGUE)[keyof typeof SAM_FIELD_CATALOGUE][number]['id'];

export const samFieldMessages = defineMessages(
  fieldLabelMessages(SAM_FIELD_CATALOGUE, 'zh-CN'),
  fieldLabelMessages(SAM_FIELD_CATALOGUE, 'en-US'),
) as MessageTable<`sam.field.${SamFieldId}`>;
