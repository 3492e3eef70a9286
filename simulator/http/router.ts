/** A tiny method + path router; `:name` segments become params. */
import type { Handler } from '../context';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
  /** Faults on demand apply (data APIs only). */
  faultable?: boolean;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export type Match = { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined;

export class Router {
  readonly #routes: CompiledRoute[];

  constructor(routes: Route[]) {
    this.#routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(segment.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { ...route, pattern: new RegExp(`^${source}$`), names };
    });
  }

  /** The route, or the allowed methods when only the method is wrong, or undefined. */
  match(method: string, pathname: string): Match {
    const allowed: string[] = [];
    for (const route of this.#routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return allowed.length ? { allowed } : undefined;
  }
}
