/** The longest note staff may write on a decision (a rejection, a refusal, a declined application). */
export const STAFF_NOTE_MAX_LENGTH = 1000;

/** How many items a staff list reads at a time. */
export const STAFF_PAGE_SIZE = 20;
