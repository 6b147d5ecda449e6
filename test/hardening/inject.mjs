// Puts payloads into responses on their way out of the HTTP mock: every string field of every
// JSON response that the contract lets hold free text (a field whose schema refuses the
// payload, such as a date or an enum, keeps its value, or the widget would show an error
// instead), and the free-text columns of the CSV export.

/** Every string leaf of a JSON value, with its path. */
function leavesOf(value, path = [], out = []) {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => leavesOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], out);
  return out;
}
const patternOf = (path) => path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
function setAt(root, path, value) {
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  parent[path.at(-1)] = value;
}

// Fields that name the scope, grant rights or drive formatting rather than hold text: a payload
// there makes the widget refuse the response (another supplier's, an unknown zone) or take away
// the controls the tour uses, so none of it reaches the DOM.
const NOT_TEXT = new Set(['supplierId', 'portalId', 'timeZone', 'currency', 'permissions']);

const valueAt = (root, path) => path.reduce((value, key) => value?.[key], root);

const CSV_FREE_TEXT = ['campaign', 'reason_message', 'field_errors'];
const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function createInjector(node, payloads) {
  let next = 0;
  const take = () => payloads[next++ % payloads.length];
  const routes = Object.entries(node.endpoints).map(([name, endpoint]) => ({
    name,
    endpoint,
    path: new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));
  /** `endpoint field-pattern` → whether the contract lets that field hold a payload. */
  const verdicts = new Map();

  function injectable(route, body, pattern, paths) {
    const key = `${route.name} ${pattern}`;
    if (!verdicts.has(key)) {
      const probe = structuredClone(body);
      const marker = '<img src=x onerror=__xss(-1)>';
      for (const path of paths) setAt(probe, path, marker);
      const result = route.endpoint.response.safeParse(probe);
      verdicts.set(key, result.success && JSON.stringify(result.data).includes('__xss(-1)'));
    }
    return verdicts.get(key);
  }

  return {
    json(method, apiPath, body) {
      const route = routes.find(
        (item) => item.endpoint.method === method && item.path.test(apiPath),
      );
      if (!route || route.endpoint.response === 'csv') return body;
      const out = structuredClone(body);
      const byPattern = Map.groupBy(leavesOf(out), patternOf);
      for (const [pattern, paths] of byPattern) {
        if (paths[0].some((key) => NOT_TEXT.has(key))) continue;
        if (!injectable(route, body, pattern, paths)) continue;
        for (const path of paths) setAt(out, path, take());
      }
      // A field with a length limit refuses the longer payloads: those go back to the value the
      // mock had, so the response stays one the contract accepts.
      for (let tries = 0; tries < 20; tries++) {
        const result = route.endpoint.response.safeParse(out);
        if (result.success) break;
        for (const issue of result.error.issues) setAt(out, issue.path, valueAt(body, issue.path));
      }
      return out;
    },
    csv(text) {
      const parser = new node.CsvParser();
      const [header, ...rows] = [...parser.push(text), ...parser.end()];
      const columns = CSV_FREE_TEXT.map((name) => header.indexOf(name)).filter((i) => i >= 0);
      for (const row of rows) for (const i of columns) row[i] = take();
      return [header, ...rows].map((row) => `${row.map(quote).join(',')}\r\n`).join('');
    },
    /** How many distinct fields (by endpoint and path) took payloads. */
    fields: () => [...verdicts.values()].filter(Boolean).length,
  };
}
