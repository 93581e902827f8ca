import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { RenderMarkdownDocument } from '../../../generated/graphql';

/** How long typing pauses before the preview is asked for again. */
export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The server's rendering of `markdown` (the very HTML readers will get), asked for only while the
 * preview is shown and once typing pauses; the last preview stays shown while the next one loads.
 */
export function useMarkdownPreview(markdown: string, shown: boolean) {
  const [settled] = useDebouncedValue(markdown, PREVIEW_DEBOUNCE_MS);
  const blank = markdown.trim() === '';
  const typing = settled !== markdown;
  const { data, previousData, loading, error } = useQuery(RenderMarkdownDocument, {
    variables: { markdown: settled },
    skip: !shown || blank || typing,
  });
  return {
    html: blank ? '' : (data ?? previousData)?.renderMarkdown,
    loading: loading || typing,
    error,
  };
}
