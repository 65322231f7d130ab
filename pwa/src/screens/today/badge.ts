/**
 * The number of actions due now on the app icon, where the platform has badges (installed PWAs
 * on Chromium, iOS 16.4+ home-screen apps). Elsewhere it does nothing.
 */
export function setBadge(count: number): void {
  const nav = navigator as Navigator & {
    setAppBadge?: (count?: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  if (!nav.setAppBadge) return;
  // A refused badge (not installed, permission) is not worth an error on the checklist.
  const done = count > 0 ? nav.setAppBadge(count) : nav.clearAppBadge?.();
  done?.catch(() => {});
}
