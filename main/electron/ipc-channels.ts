/** IPC channel names shared by the preload and the main process. */
export const IPC_CALL = 'denggao:call';
export const IPC_EVENT = 'denggao:event';
