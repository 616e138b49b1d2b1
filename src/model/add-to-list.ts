/** Adds `x` to the list under `key`, in place (copying the list at each add makes building a map quadratic). */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, x: V): void {
  const list = lists.get(key);
  if (list) list.push(x);
  else lists.set(key, [x]);
}
