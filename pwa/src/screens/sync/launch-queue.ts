/**
 * "Open with Jalon": the manifest's file_handlers send a .json bundle to ./sync, and Chromium
 * hands the file over through `window.launchQueue` (not in TypeScript's DOM types yet).
 */
interface LaunchParams {
  files: readonly { getFile(): Promise<File> }[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export function onLaunchFile(consume: (file: File) => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue) return;
  queue.setConsumer((params) => {
    const handle = params.files[0];
    if (handle) void handle.getFile().then(consume);
  });
}
