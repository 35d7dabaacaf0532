/**
 * `fn` remembering its last call: the same arguments (by identity) give the same result
 * without recomputing, as memoize-one does. Enough for derived data that changes only
 * when the data, the language or the reader's answers do.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((a, i) => a !== last!.args[i])) {
      last = { args, value: fn(...args) };
    }
    return last.value;
  };
}
