/** What the server accepts in an application to the connector programme. */
export const MOTIVATION_MIN_LENGTH = 50;
export const MOTIVATION_MAX_LENGTH = 2000;
export const MAX_APPLICATION_SECTORS = 10;
export const MAX_APPLICATION_LANGUAGES = 10;
export const MAX_COMMUNITIES = 10;
export const COMMUNITY_MAX_LENGTH = 60;
