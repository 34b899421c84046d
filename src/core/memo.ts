/**
 * `f` remembering its results by argument: for list rows that repeat a few values (a
 * mentor's name, a date, a topic list) thousands of times. Arguments are compared as Map
 * keys are: strings by value, objects by identity.
 */
export function memo<K, V>(f: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined && !seen.has(key)) seen.set(key, (value = f(key)));
    return value as V;
  };
}
