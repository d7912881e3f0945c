import { useId } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { downloadWorkspaceFile } from '../../api/files';
import { useLocale, useT } from '../../app/settings-store';
import { localName } from './names';
import { useAssessment } from './store';
import { templateEditorPath } from './TemplateEditorPage';

/** The templates this workspace knows: import a JSON template, export one, copy one to edit its weights. */
export function TemplateTools() {
  const t = useT();
  const locale = useLocale();
  const importId = useId();
  const { templates, importTemplate, copyTemplate } = useAssessment();

  async function exportTemplate(id: string, version: string) {
    const name = `${id}-${version}.json`;
    const { path } = await api.call('files.exportPath', { name });
    await api.call('assessment.templates.export', { id, version, path });
    await downloadWorkspaceFile(path, name);
  }

  return (
    <details className="card templates">
      <summary>{t('assessment.ui.templates')}</summary>
      <p className="page__intro">{t('assessment.ui.templatesIntro')}</p>
      <table className="data">
        <thead>
          <tr>
            <th>{t('assessment.ui.templateName')}</th>
            <th>{t('assessment.ui.templateVersion')}</th>
            <th>{t('assessment.ui.indicatorCount')}</th>
            <th>{t('assessment.ui.templateState')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={`${template.id}@${template.version}`}>
              <td>
                {localName(template, locale)}
                <div className="muted">{template.id}</div>
              </td>
              <td>{template.version}</td>
              <td>{template.indicatorCount}</td>
              <td>
                {template.builtin
                  ? t('assessment.ui.builtin')
                  : template.locked
                    ? t('assessment.ui.lockedTemplate')
                    : t('assessment.ui.editable')}
              </td>
              <td className="actions">
                <Link className="button button--small" to={templateEditorPath(template)}>
                  {t(template.locked ? 'assessment.ui.viewTemplate' : 'assessment.ui.editTemplate')}
                </Link>
                <button type="button" className="button button--small" onClick={() => void exportTemplate(template.id, template.version)}>
                  {t('assessment.ui.export')}
                </button>
                <button type="button" className="button button--small" onClick={() => void copyTemplate(template)}>
                  {t('assessment.ui.copy')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor={importId} className="button">
        {t('assessment.ui.importTemplate')}
      </label>
      <input
        id={importId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importTemplate(file);
        }}
      />
    </details>
  );
}
