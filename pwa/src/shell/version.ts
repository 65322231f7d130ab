/**
 * What the menu shows as the app's version: the package version, and the build id only when the
 * build was given a real one (JALON_BUILD_ID at build time; a local build has none). "dev" is
 * never a version a user should read.
 */
export function versionLabel(version: string, buildId: string): string {
  const build = buildId.trim();
  return build === '' || build === 'dev' ? version : `${version} (${build})`;
}
