/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by vite.config.ts from JALON_BUILD_ID at build time ('' when the build has none). */
  readonly JALON_BUILD_ID: string;
  /** The PWA package's version, set by vite.config.ts. */
  readonly JALON_VERSION: string;
}
