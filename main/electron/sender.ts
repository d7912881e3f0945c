/**
 * Whether an IPC message comes from the app's own page: the main frame of our window, showing our
 * bundled index.html. A frame navigated elsewhere, an iframe, or another window is refused.
 * Kept free of electron imports so it is unit-tested under plain Node.
 */
export interface SenderFrameLike {
  url: string;
}

export function isTrustedSender(
  frame: SenderFrameLike | null | undefined,
  mainFrame: SenderFrameLike | null | undefined,
  appIndexUrl: string,
): boolean {
  if (!frame || !mainFrame || frame !== mainFrame) return false;
  const url = frame.url.split('#')[0]!.split('?')[0]!;
  return url === appIndexUrl;
}
