// Echoing a value the user (or a link someone else made) typed back to them in a message. The value is
// untrusted: a link can carry 100,000 characters in one key, and a notice that repeats them whole is a page
// hundreds of thousands of pixels wide with its dismiss button off-screen. So every echo is bounded.

/** Longest echo, in characters, before it is cut with "…". */
export const MAX_ECHO = 60;

/** The first `max` UTF-16 units of `value` and "…", never leaving half of a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return `${value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)}…`;
}

/**
 * `value` as a JSON string literal (quotes and escapes, so that control characters and newlines stay visible and
 * harmless), cut to `max` characters with "…".
 */
export function echo(value: string, max = MAX_ECHO): string {
  return JSON.stringify(cut(value, max));
}

/** A bounded name for prose (a file or folder name in a notice): the same cut, without the quotes. */
export function echoName(value: string, max = MAX_ECHO): string {
  return cut(value, max);
}
