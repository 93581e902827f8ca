import DataLoader from 'dataloader';

const registry = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * A DataLoader that lives as long as one request (keyed by the request object): every field of a
 * list asks it, and it answers them all with one batched query. `batch` returns one value per key,
 * in the keys' order.
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loaders = registry.get(request);
  if (!loaders) {
    loaders = new Map();
    registry.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    loaders.set(name, loader);
  }
  return loader;
}
