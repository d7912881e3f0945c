/**
 * The SAM field labels, as message keys `sam.field.<id>`: declared with the fields in the catalogue
 * (shared/catalogs/sam/fields.ts) and read from there, so a field's label is written once.
 */
import { SAM_FIELD_CATALOGUE, fieldLabelMessages } from '../catalogs/sam/fields';
import { defineMessages } from './define';

export const samFieldMessages = defineMessages(fieldLabelMessages(SAM_FIELD_CATALOGUE, 'zh-CN'), fieldLabelMessages(SAM_FIELD_CATALOGUE, 'en-US'));
