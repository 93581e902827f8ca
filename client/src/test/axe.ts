import axe from 'axe-core';

/**
 * axe-core's WCAG 2.x A/AA and best-practice rules on the whole document. jsdom does no layout,
 * so colour contrast is left to the browser test; everything structural is checked here.
 */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
