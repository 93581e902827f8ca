import type { OpportunityStatus } from '../../generated/graphql';
import type { OpportunityNotice } from './OpportunityPage';

/** What the page says after saving: published, sent to review, or (otherwise) `fallback`. */
export function noticeFor(
  status: OpportunityStatus,
  fallback: OpportunityNotice['notice'],
): OpportunityNotice['notice'] {
  if (status === 'PUBLISHED') return 'published';
  if (status === 'IN_REVIEW') return 'inReview';
  return fallback;
}
