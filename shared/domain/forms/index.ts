export { loadDefinition, validateDefinition, allFields, findField, type DefinitionResult } from './definition';
export { emptyValue, emptyValues, emptyRow, validateValues, type ValidateOptions } from './values';
export { isVisible } from './visibility';
export { localize, formsText, formsFindingText } from './localize';
export { printableForm, valueText, type PrintableForm, type PrintEntry } from './printable';
export {
  DECLARATION_ACTIONS,
  allowedActions,
  applyAction,
  editDeclaration,
  newDeclaration,
  type DeclarationAction,
  type LifecycleResult,
} from './lifecycle';
export { addMonths, isIsoDate, parseIsoDate, formatIsoDate } from './dates';
export {
  DATE_PLACEHOLDER,
  formatDateText,
  localToday,
  normaliseWidth,
  parseDateText,
  parseNumberText,
  type ParsedText,
} from './input-text';
