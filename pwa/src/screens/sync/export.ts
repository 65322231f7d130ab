/** The file name of an export: `jalon-YYYY-MM-DD.json`, the day in the user's time zone. */
export function exportFileName(day: string): string {
  return `jalon-${day}.json`;
}

/**
 * Hands the bundle over: the share sheet where the platform can share files (a phone: to a drive,
 * a mail, a messenger), else a download. Returns how it went; a share the user cancelled is not
 * an error.
 */
export async function shareOrDownload(
  text: string,
  name: string,
): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = new File([text], name, { type: 'application/json' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing can fail for reasons the page cannot see (no target app): fall back to a download.
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoking later leaves the browser time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
