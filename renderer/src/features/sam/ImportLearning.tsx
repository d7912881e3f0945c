/**
 * The parts of the import wizard that learn the user's file: why each column was taken, what every value
 * of a choice column becomes (and the values the user must place), and constant columns. What the import
 * will do with a word comes from shared/domain/sam/choices, the rule the backend applies.
 */
import { useState } from 'react';
import type { PrepareResult } from '../../../../shared/contract/sam/methods';
import type { SamKind } from '../../../../shared/contract/sam/schemas';
import { isChoiceType, type FieldType } from '../../../../shared/catalogs/sam/import-fields';
import { resolveChoice } from '../../../../shared/domain/sam/choices';
import { useT } from '../../app/settings-store';

type T = ReturnType<typeof useT>;
export type ValueMaps = Record<string, Record<string, string>>;
type FieldInfo = PrepareResult['kinds'][SamKind]['fields'][number];

const choiceLabel = (t: T, type: string, value: string) => t.code(`sam.${type}.${value}`);

/** Why the mapping took the column now chosen for a field, or undefined when the user chose it. */
export function reasonText(t: T, prepared: PrepareResult, kind: SamKind, field: string, header: string): string | undefined {
  const info = prepared.kinds[kind];
  if (header === '') {
    const implied = info.implied[field];
    if (implied === undefined) return undefined;
    const type = info.fields.find((candidate) => candidate.field === field)?.type ?? '';
    return t('sam.ui.reason.implied', { header: implied.header, value: choiceLabel(t, type, implied.value) });
  }
  if (info.suggested[field] !== header) return undefined;
  const reason = info.reasons[field];
  if (reason?.by === 'content')
    return t('sam.ui.reason.content', { examples: reason.examples.map((example) => `“${example}”`).join('、') });
  return reason?.by === 'header' ? t('sam.ui.reason.header') : undefined;
}

/** What the import makes of one word of a choice column: the user's choice, else the shared rule's. */
function mappedValue(
  type: FieldType,
  word: string,
  chosen: string | undefined,
): { value: string; how: 'user' | 'exact' | 'contains' | 'none' } {
  if (chosen !== undefined && chosen !== '') return { value: chosen, how: 'user' };
  if (!isChoiceType(type)) return { value: '', how: 'none' };
  const auto = resolveChoice(type, word);
  return auto === undefined ? { value: '', how: 'none' } : auto;
}

interface ChoiceColumn {
  field: FieldInfo;
  header: string;
  words: string[];
}

function choiceColumns(prepared: PrepareResult, kind: SamKind, columns: Record<string, string>): ChoiceColumn[] {
  return prepared.kinds[kind].fields
    .filter((field) => field.choices !== undefined && (columns[field.field] ?? '') !== '')
    .map((field) => {
      const header = columns[field.field] as string;
      return { field, header, words: prepared.distinct[prepared.header.indexOf(header)] ?? [] };
    });
}

/** Field label → the sampled words of its column nothing maps yet: these block the dry run. */
export function unmappedValues(t: T, prepared: PrepareResult, kind: SamKind, columns: Record<string, string>, values: ValueMaps): string[] {
  return choiceColumns(prepared, kind, columns).flatMap(({ field, words }) => {
    const open = words.filter((word) => mappedValue(field.type as FieldType, word, values[field.field]?.[word]).how === 'none');
    return open.length === 0
      ? []
      : [t('sam.ui.valuesOpen', { field: t.code(`sam.field.${field.field}`), values: open.map((word) => `“${word}”`).join('、') })];
  });
}

/** Every value of each mapped choice column, with what it becomes; the user places the rest and confirms the guesses. */
export function ValueMappingStep(props: {
  prepared: PrepareResult;
  kind: SamKind;
  columns: Record<string, string>;
  values: ValueMaps;
  onValues(values: ValueMaps): void;
}) {
  const t = useT();
  const { prepared, kind, columns, values, onValues } = props;
  const lists = choiceColumns(prepared, kind, columns).filter((list) => list.words.length > 0);
  if (lists.length === 0) return null;
  const choose = (field: string, word: string, value: string) =>
    onValues({ ...values, [field]: { ...(values[field] ?? {}), [word]: value } });
  return (
    <fieldset>
      <legend>{t('sam.ui.step.values')}</legend>
      <p className="page__intro">{t('sam.ui.valuesIntro', { rows: prepared.sampledRows })}</p>
      {lists.map(({ field, header, words }) => {
        const label = t('sam.ui.valuesTable', { field: t.code(`sam.field.${field.field}`), header });
        return (
          <table key={field.field} className="data sam-values" aria-label={label}>
            <caption>{label}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sam.ui.valuesWord')}</th>
                <th scope="col">{t('sam.ui.valuesBecomes')}</th>
                <th scope="col">{t('sam.ui.valuesHow')}</th>
              </tr>
            </thead>
            <tbody>
              {words.map((word) => {
                const mapped = mappedValue(field.type as FieldType, word, values[field.field]?.[word]);
                return (
                  <tr key={word}>
                    <th scope="row">{word}</th>
                    <td>
                      <select
                        aria-label={t('sam.ui.valuesSelect', { word })}
                        value={mapped.value}
                        onChange={(event) => choose(field.field, word, event.target.value)}
                      >
                        {mapped.value === '' ? <option value="">{t('sam.ui.valuesChoose')}</option> : null}
                        {(field.choices ?? []).map((choice) => (
                          <option key={choice} value={choice}>
                            {choiceLabel(t, field.type, choice)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className={mapped.how === 'none' ? 'field__error' : undefined}>{t(`sam.ui.valuesHow.${mapped.how}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </fieldset>
  );
}

/** Fields set for every row: a field with no column, or one the file leaves to the user (范围类型 = 部门). */
export function ConstantsStep(props: {
  prepared: PrepareResult;
  kind: SamKind;
  columns: Record<string, string>;
  constants: Record<string, string>;
  onConstants(constants: Record<string, string>): void;
}) {
  const t = useT();
  const { prepared, kind, columns, constants, onConstants } = props;
  const free = prepared.kinds[kind].fields.filter((field) => (columns[field.field] ?? '') === '' && constants[field.field] === undefined);
  const [field, setField] = useState('');
  const [value, setValue] = useState('');
  const chosen = prepared.kinds[kind].fields.find((candidate) => candidate.field === field);
  const add = () => {
    if (!field || value.trim() === '') return;
    onConstants({ ...constants, [field]: value.trim() });
    setField('');
    setValue('');
  };
  const remove = (name: string) => onConstants(Object.fromEntries(Object.entries(constants).filter(([key]) => key !== name)));
  const labelOf = (name: string, text: string) => {
    const type = prepared.kinds[kind].fields.find((candidate) => candidate.field === name)?.type ?? '';
    return isChoiceType(type as FieldType) ? choiceLabel(t, type, text) : text;
  };
  return (
    <fieldset>
      <legend>{t('sam.ui.step.constants')}</legend>
      <p className="page__intro">{t('sam.ui.constantsIntro')}</p>
      {Object.keys(constants).length > 0 ? (
        <ul className="sam-constants">
          {Object.entries(constants).map(([name, text]) => (
            <li key={name}>
              {t('sam.ui.constantItem', { field: t.code(`sam.field.${name}`), value: labelOf(name, text) })}{' '}
              <button
                type="button"
                className="button"
                onClick={() => remove(name)}
                aria-label={t('sam.ui.constantRemove', { field: t.code(`sam.field.${name}`) })}
              >
                {t('sam.ui.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="sam-inline">
        <label>
          {t('sam.ui.constantField')}{' '}
          <select
            value={field}
            onChange={(event) => {
              setField(event.target.value);
              setValue('');
            }}
          >
            <option value="">—</option>
            {free.map((candidate) => (
              <option key={candidate.field} value={candidate.field}>
                {t.code(`sam.field.${candidate.field}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sam.ui.constantValue')}{' '}
          {chosen?.choices ? (
            <select value={value} onChange={(event) => setValue(event.target.value)}>
              <option value="">—</option>
              {chosen.choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choiceLabel(t, chosen.type, choice)}
                </option>
              ))}
            </select>
          ) : (
            <input type="text" value={value} onChange={(event) => setValue(event.target.value)} />
          )}
        </label>
        <button type="button" className="button" disabled={!field || value.trim() === ''} onClick={add}>
          {t('sam.ui.constantAdd')}
        </button>
      </div>
    </fieldset>
  );
}
