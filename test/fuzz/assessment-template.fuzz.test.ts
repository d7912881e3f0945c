import { DEFAULT_TEMPLATE } from '../../shared/catalogs/assessment/default-template';
import { parseTemplate } from '../../shared/domain/assessment/template';
import { smallTemplate } from '../../shared/domain/assessment/small-template.fixture';
import { fuzzParser } from './harness';
import { jsonInputs } from './mutate';

fuzzParser('assessment template (parseTemplate)', { inputs: jsonInputs([DEFAULT_TEMPLATE, smallTemplate]), parse: parseTemplate });
