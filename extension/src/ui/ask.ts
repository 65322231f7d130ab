import {
  type ErrorCode,
  type PageRequestType,
  type RequestOf,
  type ResponseOf,
  responseSchemas,
  resultSchema,
} from '../protocol.ts';

export class AskError extends Error {
  override readonly name = 'AskError';
  constructor(
    readonly code: ErrorCode,
    /** Already translated when the worker had a message for the user (storage errors). */
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** One request to the service worker; the answer is checked against the protocol like any message. */
export function ask<T extends PageRequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  return answerTo(request.type, chrome.runtime.sendMessage(request));
}

/** The answer to a request already sent (the popup sends its first one before its modules load). */
export async function answerTo<T extends PageRequestType>(
  type: T,
  sent: Promise<unknown>,
): Promise<ResponseOf<T>> {
  const answer = await sent;
  const parsed = resultSchema(responseSchemas[type]).safeParse(answer);
  if (!parsed.success) throw new AskError('invalid-message');
  if (!parsed.data.ok) throw new AskError(parsed.data.error.code, parsed.data.error.message);
  return parsed.data.data as ResponseOf<T>;
}
