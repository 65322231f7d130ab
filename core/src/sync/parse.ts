import { type TableName, tableNames, tableReferences, tableSchemas } from '../model/tables.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, bundleLimits, bundleSchema } from './bundle.ts';
import { STAMP_LIMIT_MS, stampTime } from './hlc.ts';
import { conflictId } from './merge.ts';
import { type BundleErrorCode, bundleMessage } from './messages.ts';
import { type SyncRow, unionSeen } from './row.ts';

export interface BundleError {
  code: BundleErrorCode;
  message: string;
  /** Where in the file, e.g. `tables.actions[3].title`. */
  detail?: string;
}
export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; error: BundleError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Refused extends Error {
  constructor(
    readonly code: BundleErrorCode,
    readonly detail = '',
  ) {
    super(code);
  }
}

/**
 * Reads an import file. Never throws: any problem comes back as a coded error with a message in
 * `locale`, and nothing has been written anywhere. The checks run cheapest first, and the size
 * and nesting checks run on the raw text, before JSON.parse sees it.
 */
export function parseBundle(
  text: string,
  options: { locale?: string; maxChars?: number; now?: number; planId?: string } = {},
): ParseResult {
  const locale = options.locale ?? 'en';
  try {
    const bundle = readBundle(text, options.maxChars ?? bundleLimits.maxChars);
    if (options.now !== undefined) checkHorizon(bundle, options.now);
    if (options.planId !== undefined) checkPlan(bundle, options.planId);
    return { ok: true, bundle };
  } catch (error) {
    const refused = error instanceof Refused ? error : new Refused('invalid', String(error).slice(0, 200));
    return {
      ok: false,
      error: {
        code: refused.code,
        message: bundleMessage(refused.code, locale, refused.detail),
        ...(refused.detail ? { detail: refused.detail } : {}),
      },
    };
  }
}

function readBundle(text: unknown, maxChars: number): Bundle {
  if (typeof text !== 'string') throw new Refused('not-json');
  if (text.length > maxChars)
    throw new Refused('too-large', `${megabytes(text.length)} MB > ${megabytes(maxChars)} MB`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new Refused('empty');
  const shape = scanNesting(body);
  if (shape.maxDepth > bundleLimits.maxDepth) throw new Refused('too-deep', `> ${bundleLimits.maxDepth}`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new Refused(shape.unclosed ? 'truncated' : 'not-json');
  }
  checkKeys(data);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Refused('unknown-format');
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== BUNDLE_FORMAT) throw new Refused('unknown-format');
  if (typeof header.version === 'number' && header.version > BUNDLE_VERSION) {
    throw new Refused('newer-version', String(header.version));
  }
  const parsed = bundleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    const overCap = issue?.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array');
    throw new Refused(
      overCap ? 'over-cap' : issue?.message === 'invalid-stamp' ? 'invalid-stamp' : 'invalid',
      where,
    );
  }
  checkIds(parsed.data);
  return summarise(parsed.data);
}

/** Collapses every `_x` to one stamp per device: version-1 files listed each, and a forged file may too. */
function summarise(bundle: Bundle): Bundle {
  for (const table of tableNames) {
    for (const row of bundle.tables[table] as unknown as SyncRow[]) {
      if (!row._x) continue;
      for (const [field, seen] of Object.entries(row._x)) row._x[field] = unionSeen([], seen);
    }
  }
  return { ...bundle, version: BUNDLE_VERSION };
}

/** Refuses a file whose clock ran far ahead: its stamps would beat every edit made until then. */
function checkHorizon(bundle: Bundle, now: number): void {
  const horizon = new Date(Math.min(now + bundleLimits.maxAheadMs, STAMP_LIMIT_MS - 1)).toISOString();
  let latest = '';
  const see = (stamp: string) => {
    if (stampTime(stamp) > horizon && stamp > latest) latest = stamp;
  };
  for (const table of tableNames) {
    for (const row of bundle.tables[table] as unknown as SyncRow[]) {
      see(row._c);
      for (const stamp of Object.values(row._f ?? {})) see(stamp);
      for (const seen of Object.values(row._x ?? {})) for (const stamp of seen) see(stamp);
    }
  }
  for (const entry of bundle.conflicts) see(entry.stamp);
  if (latest) throw new Refused('clock-ahead', stampTime(latest).slice(0, 10));
}

/** A file of one plan's folder holds that plan's records only (see docs/sync-webdav.md). */
function checkPlan(bundle: Bundle, planId: string): void {
  for (const table of tableNames) {
    for (const row of bundle.tables[table] as unknown as SyncRow[]) {
      const owner = table === 'plans' ? row.id : row.planId;
      if (owner !== planId) throw new Refused('wrong-plan', `${table}.${row.id}`);
    }
  }
}

function megabytes(chars: number): string {
  return (chars / 1_048_576).toFixed(1);
}

/** Depth of brackets outside strings, and whether the text ends inside a value (cut off). */
function scanNesting(text: string): { maxDepth: number; unclosed: boolean } {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (maxDepth > bundleLimits.maxDepth) break;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { maxDepth, unclosed: depth > 0 || inString };
}

/** Refuses `__proto__`, `constructor` and `prototype` keys anywhere, iteratively (no recursion). */
function checkKeys(data: unknown): void {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new Refused('forbidden-key', key);
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
}

function checkIds(bundle: Bundle): void {
  const ids = new Map<TableName, Set<string>>();
  for (const table of tableNames) {
    const seen = new Set<string>();
    for (const row of bundle.tables[table]) {
      if (seen.has(row.id)) throw new Refused('duplicate-id', `${table}.${row.id}`);
      seen.add(row.id);
    }
    ids.set(table, seen);
  }
  for (const table of tableNames) {
    const refs = Object.entries(tableReferences[table]);
    if (table !== 'plans') refs.push(['planId', 'plans']);
    for (const row of bundle.tables[table] as unknown as Record<string, unknown>[]) {
      for (const [path, target] of refs) {
        for (const id of valuesAt(row, path)) {
          if (!target || !ids.get(target)?.has(id))
            throw new Refused('dangling-reference', `${table}.${row.id}.${path}`);
        }
      }
    }
  }
  const conflictIds = new Set<string>();
  for (const entry of bundle.conflicts) {
    if (conflictIds.has(entry.id)) throw new Refused('duplicate-id', `conflicts.${entry.id}`);
    conflictIds.add(entry.id);
    if (entry.id !== conflictId(entry.table, entry.recordId, entry.field, entry.stamp)) {
      throw new Refused('invalid', `conflicts.${entry.id}`);
    }
    if (!(entry.field in tableSchemas[entry.table].shape))
      throw new Refused('invalid', `conflicts.${entry.id}`);
    if (!ids.get(entry.table)?.has(entry.recordId)) {
      throw new Refused('dangling-reference', `conflicts.${entry.id}`);
    }
  }
}

/** The ids found at a reference path such as `kpiIds` or `relativeTo.actionId` (arrays flattened). */
function valuesAt(row: unknown, path: string): string[] {
  let current: unknown[] = [row];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      const item = (value as Record<string, unknown> | undefined)?.[key];
      if (Array.isArray(item)) next.push(...item);
      else if (item !== undefined) next.push(item);
    }
    current = next.flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  return current.filter((v): v is string => typeof v === 'string');
}
