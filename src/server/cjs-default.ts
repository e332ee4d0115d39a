/**
 * graphology's plugins are CommonJS with `export default` typings: under NodeNext, TypeScript sees
 * the module object `{ default: T }` while Node hands over T itself. This bridges the two.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  return ((mod as { default?: T }).default ?? mod) as T;
}
