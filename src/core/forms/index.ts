/** The party's statistical forms filled from the standard sheets: definitions, figures, JSON and sheets. */
export { AGE_BANDS, ageBandIndex, ageBandLabel } from './bands';
export { countPeriod, reconcile, type Period, type Reconciliation } from './compute';
export { FORMS, type FormDef, type FormId, type FormRow } from './definitions';
export { formsJson } from './json';
export { formLayouts, formSheetName } from './layouts';
export { computeForms, formTable, nowValue, periodsOf, type FormsFigures, type FormTable } from './tables';
