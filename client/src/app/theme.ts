import {
  Alert,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// A green darker than Mantine's own, so white text on the primary shade (7) reaches 5.4:1 and
// links in that shade stay above the 4.5:1 WCAG AA ratio on light backgrounds.
const grow: MantineColorsTuple = [
  '#e7f7ee',
  '#d0eedd',
  '#a3dcbc',
  '#72c998',
  '#4ab87a',
  '#31ad67',
  '#1f8f53',
  '#167a46',
  '#0f6b3c',
  '#075c32',
];

export const theme = createTheme({
  primaryColor: 'grow',
  primaryShade: 7,
  colors: { grow },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '750' },
  components: {
    // Light alerts colour their title with shade 6 (yellow and red fall below 4.5:1 on their
    // tinted background); the icon and border carry the colour, the title stays readable.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

// Mantine's dimmed text (gray 6) is 3.3:1 on white; gray 7 is 8:1. Its error red (red 6) is
// about 3.3:1 as well; red 8 passes 4.5:1.
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': mantineTheme.colors.gray[7],
    '--mantine-color-error': mantineTheme.colors.red[8],
  },
  dark: {},
});
