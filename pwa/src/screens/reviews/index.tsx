import type { ScreenProps } from '../../shell/routes.ts';

// Placeholder until the screen is built.
export default function Screen(_props: ScreenProps) {
  return <h1>reviews</h1>;
}
