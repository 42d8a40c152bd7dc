/** The `"forms"` object of `report --json` this period's figures, null where a column is missing. */
import { AGE_BANDS } from './bands';
import { nowValue, type FormsFigures } from './tables';

const ages = (f: FormsFigures, id: 'bieu2' | 'bieu3') => Object.fromEntries(AGE_BANDS.map((b) => [b.key, nowValue(f, id, `age.${b.key}`)]));

export function formsJson(f: FormsFigures) {
  const n = (key: string) => nowValue(f, 'bieu2', key);
  const c = (key: string) => nowValue(f, 'bieu1', key);
  const m = (key: string) => nowValue(f, 'bieu3', key);
  return {
    newMembers: {
      total: n('total'),
      women: n('women'),
      ethnicMinority: n('ethnicMinority'),
      religious: n('religious'),
      youthUnion: n('youthUnion'),
      readmitted: n('readmitted'),
      ages: ages(f, 'bieu2'),
      averageAge: n('averageAge'),
    },
    changes: {
      start: c('start'),
      admitted: c('admitted'),
      transferredIn: c('transferredIn'),
      restored: c('restored'),
      died: c('died'),
      expelled: c('expelled'),
      removed: c('removed'),
      resigned: c('resigned'),
      transferredOut: c('transferredOut'),
      end: c('end'),
    },
    members: {
      total: m('total'),
      women: m('women'),
      probationary: m('probationary'),
      ethnicMinority: m('ethnicMinority'),
      religious: m('religious'),
      ages: ages(f, 'bieu3'),
    },
  };
}
