import type { WorkspaceData } from '../../../shared/contract/data';
import { readJsonFile, writeFileAtomic } from '../files';
import type { Command } from '../types';

export const workspaceCommands: Command[] = [
  {
    path: ['data', 'export'],
    summary: 'Write the whole workspace as the canonical data JSON',
    options: { out: { type: 'string', required: true, description: 'output file', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const out = ctx.resolvePath(String(values.out));
      const result = await ctx.backend().call('workspace.exportData', {}, { locale: ctx.locale });
      if (result.ok) writeFileAtomic(out, `${JSON.stringify(result.value, null, 2)}\n`);
      return ctx.report(result.ok ? { ok: true, value: { out } } : result, ({ out: file }) => `→ ${file}`);
    },
  },
  {
    path: ['data', 'import'],
    summary: "Replace the workspace's data with a data JSON file (all or nothing)",
    options: { file: { type: 'string', required: true, description: 'data JSON file', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const document = readJsonFile(ctx.resolvePath(String(values.file)));
      const result = await ctx.backend().call('workspace.importData', document as WorkspaceData, { locale: ctx.locale });
      return ctx.report(result, ({ imported }) =>
        Object.entries(imported)
          .map(([key, n]) => `${key}: ${n}`)
          .join('\n'),
      );
    },
  },
  {
    path: ['info'],
    summary: 'Show where the workspace lives and its schema version',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('workspace.info', {}, { locale: ctx.locale });
      return ctx.report(result, (info) =>
        Object.entries(info)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n'),
      );
    },
  },
];
