import { labels } from './messages.ts';

export { labels };

export type LabelKey = keyof typeof labels.fr;

/** The label of `group.value`, or the raw value when core grows a value the catalog lacks. */
export function labelOf(t: (key: LabelKey) => string, group: string, value: string): string {
  const key = `${group}.${value}`;
  return key in labels.fr ? t(key as LabelKey) : value;
}
