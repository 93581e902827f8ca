/** Who may see a profile field: anyone, signed-in members, the member's connections, or no one else. */
export const FIELD_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'CONNECTIONS', 'PRIVATE'] as const;
export type FieldVisibility = (typeof FIELD_VISIBILITIES)[number];

/** The fields whose visibility the member chooses. */
export const VISIBLE_FIELDS = ['email', 'phone', 'links', 'location'] as const;
export type VisibleField = (typeof VISIBLE_FIELDS)[number];
export type ProfileVisibility = Record<VisibleField, FieldVisibility>;

export const DEFAULT_VISIBILITY: ProfileVisibility = {
  email: 'PRIVATE',
  phone: 'PRIVATE',
  links: 'PUBLIC',
  location: 'MEMBERS',
};

export const AUDIENCES = ['ANYONE', 'SECOND_DEGREE', 'NOBODY'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Stored now, enforced when the network (requests and messages) exists. */
export interface PrivacySettings {
  connectionRequests: Audience;
  messages: Audience;
  searchEngineIndexing: boolean;
}

export const DEFAULT_PRIVACY: PrivacySettings = {
  connectionRequests: 'ANYONE',
  messages: 'SECOND_DEGREE',
  searchEngineIndexing: true,
};

export interface ProfileLink {
  label: string;
  url: string;
}
