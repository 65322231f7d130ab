import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Bench files in name order, so that `zz-summary.bench.ts` runs after every bench it collects
 * from (Vitest's default order puts unknown and larger files first).
 */
export class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}
