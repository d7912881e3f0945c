export { loadDefinition, validateDefinition, findField } from './definition';
export { emptyValues, validateValues } from './values';
export { localize, formsFindingText } from './localize';
export { printableForm } from './printable';
export { allowedActions, applyAction, editDeclaration, newDeclaration, type DeclarationAction } from './lifecycle';
export { localToday } from './input-text';
