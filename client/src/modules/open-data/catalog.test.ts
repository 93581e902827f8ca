import { describe, expect, it } from 'vitest';
import { openDataCatalog } from '../../test/staffFixtures';
import { datasetFile, OpenDataCatalogError, parseOpenDataCatalog } from './catalog';

describe('parseOpenDataCatalog', () => {
  it('reads the documented shape', () => {
    const catalog = parseOpenDataCatalog(openDataCatalog);
    expect(catalog.datasets.map((dataset) => dataset.name)).toEqual([
      'Organizations',
      'Statistics',
    ]);
    expect(datasetFile(catalog.datasets[0]!, 'csv')).toBe('/open-data/organizations.csv');
  });

  it('refuses what does not have the shape, naming where', () => {
    expect(() => parseOpenDataCatalog([])).toThrow('the catalog is not an object');
    expect(() =>
      parseOpenDataCatalog({
        datasets: [{ ...openDataCatalog.datasets[0], fields: [{ name: 1 }] }],
      }),
    ).toThrow('datasets.0.fields.0.name is not a string');
  });

  it('takes only paths on this site', () => {
    for (const path of [
      'https://elsewhere.example/x',
      '//elsewhere.example/x',
      'javascript:alert(1)',
    ]) {
      expect(() =>
        parseOpenDataCatalog({ datasets: [{ ...openDataCatalog.datasets[0], path }] }),
      ).toThrow(OpenDataCatalogError);
    }
  });
});
