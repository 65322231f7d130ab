import { clearMeasured } from './budgets.ts';

/** Once per `pnpm bench`: the summary must not mix this run's figures with an older run's. */
export default function setup(): void {
  clearMeasured();
}
