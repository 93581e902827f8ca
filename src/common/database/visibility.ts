/**
 * SQL conditions for what moderation withholds from everyone but staff and the owners: members
 * hidden or suspended now, hidden organizations, and opportunities hidden themselves, of a hidden
 * organization or (a member's own) of a hidden or suspended poster. Repositories use them where
 * a row is read anyway, or to check a list against the few withheld ones (partial indexes
 * member_withheld and organization_hidden, migration AddVisibility). Search and matchmaking read
 * projections that leave withheld things out already (the same migration's triggers).
 */

/**
 * Over a row of member (alias `m`): hidden, or suspended now (indefinitely, or until a time to
 * come). Its first clause is the predicate of member_withheld, so that a lookup reads only it.
 */
export const memberWithheld = (m: string) =>
  `((${m}.hidden_at IS NOT NULL OR ${m}.suspended_at IS NOT NULL)
    AND (${m}.hidden_at IS NOT NULL OR ${m}.suspended_until IS NULL OR ${m}.suspended_until > now()))`;

/** The members withheld now: few, read once from member_withheld and looked up hashed. */
export const WITHHELD_MEMBER_IDS = `SELECT w.id FROM member w WHERE ${memberWithheld('w')}`;

/** The hidden organizations: few, read once from organization_hidden. */
export const HIDDEN_ORGANIZATION_IDS = `SELECT h.id FROM organization h WHERE h.hidden_at IS NOT NULL`;

/**
 * The member with this id is not withheld (`IS NOT TRUE`: a null id is not withheld). Written as
 * a lookup in a set, which PostgreSQL hashes once per statement rather than probing per row.
 */
export const memberIdListed = (column: string) =>
  `(${column} IN (${WITHHELD_MEMBER_IDS})) IS NOT TRUE`;

/**
 * Over a row of opportunity (alias `p`): nobody withheld it. Reads only the row's own columns and
 * the two small sets, so that a covering index of opportunities serves it alone.
 */
export const opportunityListed = (p: string) =>
  `(${p}.hidden_at IS NULL AND CASE WHEN ${p}.organization_id IS NULL
      THEN ${memberIdListed(`${p}.poster_id`)}
      ELSE (${p}.organization_id IN (${HIDDEN_ORGANIZATION_IDS})) IS NOT TRUE END)`;
