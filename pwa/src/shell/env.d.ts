/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by vite.config.ts from JALON_BUILD_ID at build time ("dev" by default). */
  readonly JALON_BUILD_ID: string;
}
