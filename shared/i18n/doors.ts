import { defineMessages } from './define';

/** What the doors (IPC relay, development bridge) refuse before or around a call: see docs/architecture.md. */
export const doorsMessages = defineMessages(
  {
    'error.call.badOptions': '调用选项无效（例如未知的语言或任务编号），未执行任何操作',
    'error.door.readOutsideWorkspace': '界面只能读取工作区的暂存、导出和备份文件夹中的文件（{field}：{file}），未执行任何操作',
    'error.door.writeOutsideExports': '界面只能把文件写入工作区的导出文件夹（{field}：{file}），未执行任何操作',
    'error.bridge.badRequest': '请求格式不正确',
    'error.bridge.badUrl': '请求地址格式不正确',
    'error.bridge.tooLarge': '请求内容过大（上限 {limit} 字节）',
    'error.bridge.notFound': '没有这个地址',
    'error.bridge.launchUsed': '启动链接无效或已使用：请使用命令行中新打印的地址重新启动',
  },
  {
    'error.call.badOptions': 'Invalid call options (e.g. an unknown language or job id); nothing was done',
    'error.door.readOutsideWorkspace':
      'The app window may only read files in the workspace’s staging, exports and backups folders ({field}: {file}); nothing was done',
    'error.door.writeOutsideExports':
      'The app window may only write files into the workspace’s exports folder ({field}: {file}); nothing was done',
    'error.bridge.badRequest': 'Malformed request',
    'error.bridge.badUrl': 'Malformed request address',
    'error.bridge.tooLarge': 'Request too large (limit {limit} bytes)',
    'error.bridge.notFound': 'No such address',
    'error.bridge.launchUsed': 'This launch link is invalid or was already used: restart and open the address printed in the terminal',
  },
);
