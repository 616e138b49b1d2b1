/**
 * An empty plain object for use as a dictionary (string keys, many of them, varying from one object to the next),
 * in V8's dictionary mode from the start. Each new property name added to a plain object makes V8 a new hidden
 * class until the object passes about 128 properties: a story's term sums (hundreds of terms, rebuilt every batch)
 * and a group's origin roots made thousands of them. Deleting a property other than the last one switches an
 * object to dictionary mode; the object is otherwise an ordinary `{}` (same prototype, same JSON).
 */
export function emptyDictionary<T>(): Record<string, T> {
  const o: Record<string, unknown> = { a: 0, b: 0 };
  delete o.a;
  delete o.b;
  return o as Record<string, T>;
}
