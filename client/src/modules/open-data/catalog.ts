/**
 * What `/open-data/fields.json` documents, in the language asked for (`?locale=es`, and the same
 * in `Accept-Language`):
 *
 * ```json
 * { "datasets": [{
 *     "name": "Organizations",
 *     "path": "/open-data/organizations",
 *     "formats": ["csv", "json"],
 *     "description": "Verified organizations, public fields only.",
 *     "fields": [{ "name": "slug", "type": "string", "description": "…" }]
 * }] }
 * ```
 *
 * A dataset's files are its `path` with each format as extension: `/open-data/organizations.csv`.
 */
export interface OpenDataField {
  name: string;
  type: string;
  description: string;
}

export interface OpenDataset {
  name: string;
  path: string;
  formats: string[];
  description: string;
  fields: OpenDataField[];
}

export interface OpenDataCatalog {
  datasets: OpenDataset[];
}

export class OpenDataCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpenDataCatalogError';
  }
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new OpenDataCatalogError(`${where} is not an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new OpenDataCatalogError(`${where} is not a string`);
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new OpenDataCatalogError(`${where} is not a list`);
  return value;
}

/**
 * Reads the catalog, refusing what does not have its shape rather than showing half a page.
 * Only same-site paths are taken: the page links to them as downloads.
 */
export function parseOpenDataCatalog(json: unknown): OpenDataCatalog {
  const root = record(json, 'the catalog');
  return {
    datasets: list(root.datasets, 'datasets').map((item, index) => {
      const where = `datasets.${index}`;
      const dataset = record(item, where);
      const path = text(dataset.path, `${where}.path`);
      if (!path.startsWith('/') || path.startsWith('//'))
        throw new OpenDataCatalogError(`${where}.path is not a path on this site`);
      return {
        name: text(dataset.name, `${where}.name`),
        path,
        formats: list(dataset.formats, `${where}.formats`).map((format, at) =>
          text(format, `${where}.formats.${at}`),
        ),
        description: text(dataset.description, `${where}.description`),
        fields: list(dataset.fields, `${where}.fields`).map((fieldItem, at) => {
          const field = record(fieldItem, `${where}.fields.${at}`);
          return {
            name: text(field.name, `${where}.fields.${at}.name`),
            type: text(field.type, `${where}.fields.${at}.type`),
            description: text(field.description, `${where}.fields.${at}.description`),
          };
        }),
      };
    }),
  };
}

/** Where a dataset's file in one format is: `/open-data/organizations.csv`. */
export function datasetFile(dataset: OpenDataset, format: string): string {
  return `${dataset.path}.${format}`;
}
