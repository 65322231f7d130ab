/** The part of addons-linter's API the Firefox lint test uses (the package ships no types). */
declare module 'addons-linter' {
  export interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
  }
  export interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
      run(): Promise<LintResult>;
    };
  };
  export default linter;
}
