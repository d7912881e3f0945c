/**
 * The declaration forms of the 2009 opinion (points 6–12), as data. A new form is added here, not as a
 * new screen: the form engine renders, validates and prints any of them.
 */
import type { FormDefinition } from '../../contract/forms/schemas';
import { assistanceRequestForm } from './assistance-request';
import { commendationNominationForm } from './commendation-nomination';
import { cioTrainingAttendanceForm, consultingTrainingRequestForm } from './consulting-training';
import { demonstrationApplicationForm } from './demonstration-application';
import { outsourcingRequestForm } from './outsourcing-request';
import { portalSelfEvaluationForm } from './portal-self-evaluation';
import { sharedSoftwareForm } from './shared-software';

export {
  assistanceRequestForm,
  cioTrainingAttendanceForm,
  commendationNominationForm,
  consultingTrainingRequestForm,
  demonstrationApplicationForm,
  outsourcingRequestForm,
  portalSelfEvaluationForm,
  sharedSoftwareForm,
};
/** Each form with the point of the opinion it answers. */
export const DECLARATION_FORMS: readonly { point: number; definition: FormDefinition }[] = [
  { point: 6, definition: demonstrationApplicationForm },
  { point: 7, definition: assistanceRequestForm },
  { point: 8, definition: sharedSoftwareForm },
  { point: 9, definition: outsourcingRequestForm },
  { point: 10, definition: consultingTrainingRequestForm },
  { point: 10, definition: cioTrainingAttendanceForm },
  { point: 11, definition: portalSelfEvaluationForm },
  { point: 12, definition: commendationNominationForm },
];

/** The ids of the forms answering one point of the opinion. */
export function declarationFormIdsForPoint(point: number): string[] {
  return DECLARATION_FORMS.filter((entry) => entry.point === point).map((entry) => entry.definition.id);
}
