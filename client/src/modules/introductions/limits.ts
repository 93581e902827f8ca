/** The longest outcome note, and request reason, the server takes (characters, trimmed). */
export const OUTCOME_NOTE_MAX_LENGTH = 500;
export const REASON_MAX_LENGTH = 500;
/** The longest note an introducer may write when proposing or forwarding. */
export const INTRODUCTION_NOTE_MAX_LENGTH = 1000;
