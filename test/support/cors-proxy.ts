import { type ApacheServer, startApache } from './apache.ts';
import { type RcloneServer, startRclone } from './rclone.ts';

export interface ProxiedRclone {
  /** The address a browser page uses: Apache, adding the CORS headers, in front of rclone. */
  url: string;
  origin: string;
  rclone: RcloneServer;
  proxy: ApacheServer;
  close(): Promise<void>;
}

/**
 * rclone 1.60 sends no CORS headers (like a default Nextcloud), so a page cannot use it directly:
 * here it serves under `/rc` behind Apache, which answers preflights and adds the headers, with
 * the Host header preserved (rclone checks MOVE's Destination against it).
 */
export async function startProxiedRclone(options: {
  user: string;
  password: string;
}): Promise<ProxiedRclone> {
  const rclone = await startRclone({ ...options, baseUrl: '/rc' });
  const proxy = await startApache({ ...options, proxyTo: rclone.origin });
  return {
    url: proxy.url,
    origin: proxy.origin,
    rclone,
    proxy,
    async close() {
      await proxy.close();
      await rclone.close();
    },
  };
}
