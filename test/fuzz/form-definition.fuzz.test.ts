import { DECLARATION_FORMS } from '../../shared/catalogs/declarations';
import { loadDefinition } from '../../shared/domain/forms';
import { fuzzParser } from './harness';
import { jsonInputs } from './mutate';

fuzzParser('form definition (loadDefinition)', {
  inputs: jsonInputs(DECLARATION_FORMS.map((form) => form.definition)),
  parse: loadDefinition,
});
