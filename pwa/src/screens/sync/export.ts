/** The file name of an export: `jalon-YYYY-MM-DD.json`, the day in the user's time zone. */
export function exportFileName(day: string): string {
  return `jalon-${day}.json`;
}

/**
 * The files the share sheet is offered, best first: the `.json` export, then the same bytes as a
 * `.txt` (text/plain). Chrome on Android shares only an allowlist of types (text, images, PDF, …,
 * and not JSON): `canShare` refuses the `.json` there and accepts the `.txt`, which Jalon imports
 * like the `.json` (the content is checked, not the name).
 */
export function exportFiles(text: string, day: string): [json: File, txt: File] {
  const name = exportFileName(day);
  return [
    new File([text], name, { type: 'application/json' }),
    new File([text], name.replace(/\.json$/, '.txt'), { type: 'text/plain' }),
  ];
}

export type Handover = { outcome: 'shared' | 'downloaded' | 'cancelled'; name: string };

/**
 * Hands the bundle over: the share sheet where the platform can share one of `exportFiles` (a
 * phone: to a drive, a mail, a messenger), else a download of the `.json`. A share the user
 * cancelled is not an error.
 */
export async function shareOrDownload(text: string, day: string): Promise<Handover> {
  const files = exportFiles(text, day);
  const canShare = typeof navigator.canShare === 'function';
  const shareable = canShare ? files.find((file) => navigator.canShare({ files: [file] })) : undefined;
  if (shareable) {
    try {
      await navigator.share({ files: [shareable], title: shareable.name });
      return { outcome: 'shared', name: shareable.name };
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError')
        return { outcome: 'cancelled', name: shareable.name };
      // Sharing can fail for reasons the page cannot see (no target app): fall back to a download.
    }
  }
  const [file] = files;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoking later leaves the browser time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { outcome: 'downloaded', name: file.name };
}
