import type { Viewer as ViewerIdentity } from '../../common/auth/viewer.js';
import type { MemberStatementEntity } from './member-statement.entity.js';
import type { MemberEntity } from './member.entity.js';
import { imageUrl } from '../media/image-kinds.js';
import type { Member } from './profile.model.js';
import { isStaff, standingOf } from './standing.js';
import {
  DEFAULT_PRIVACY,
  DEFAULT_VISIBILITY,
  type FieldVisibility,
  type ProfileVisibility,
} from './profile.types.js';

/** Who the viewer is to the member: the member, a connection, another member, or anonymous. */
export type Relation = 'self' | 'connection' | 'member' | 'anonymous';

/** Whether a viewer with this relation may see a field with this visibility. */
export function canSee(visibility: FieldVisibility, relation: Relation): boolean {
  if (relation === 'self') return true;
  if (visibility === 'PUBLIC') return true;
  if (visibility === 'MEMBERS') return relation === 'member' || relation === 'connection';
  if (visibility === 'CONNECTIONS') return relation === 'connection';
  // PRIVATE is for the member alone.
  return false;
}

/** The profile as this viewer may see it: every field hidden from them is null. */
export function toProfile(
  member: MemberEntity,
  statements: MemberStatementEntity[],
  viewer: ViewerIdentity | undefined,
  connected = false,
): Member {
  const visibility = { ...DEFAULT_VISIBILITY, ...member.visibility };
  const relation: Relation = !viewer
    ? 'anonymous'
    : viewer.id === member.id
      ? 'self'
      : connected
        ? 'connection'
        : 'member';
  const shown = (field: keyof ProfileVisibility) => canSee(visibility[field], relation);
  const hasLocation = member.neighborhood || member.homeCity || member.homeCountry;
  const statement = (s: MemberStatementEntity) => ({
    id: s.id,
    category: s.category,
    text: s.text,
  });
  return {
    id: member.id,
    handle: member.handle,
    displayName: member.displayName,
    headline: member.headline,
    bio: member.bio,
    photoUrl: member.photoKey ? imageUrl('photos', member.photoKey) : null,
    isConnector: member.roles.includes('CONNECTOR'),
    isStaff: member.roles.includes('STAFF'),
    location:
      hasLocation && shown('location')
        ? { neighborhood: member.neighborhood, city: member.homeCity, country: member.homeCountry }
        : null,
    languages: member.languages,
    sectors: member.sectors,
    stage: member.stage,
    needs: statements.filter((s) => s.kind === 'NEED').map(statement),
    offers: statements.filter((s) => s.kind === 'OFFER').map(statement),
    links: shown('links') ? member.links : null,
    email: shown('email') ? member.email : null,
    phone: member.phone && shown('phone') ? member.phone : null,
    consideringLocating: member.consideringLocating,
    joinedAt: member.createdAt,
    visibility: relation === 'self' ? visibility : null,
    privacy: relation === 'self' ? { ...DEFAULT_PRIVACY, ...member.privacy } : null,
    isViewer: relation === 'self',
    indexable: { ...DEFAULT_PRIVACY, ...member.privacy }.searchEngineIndexing,
    moderation: relation === 'self' || isStaff(viewer) ? standingOf(member) : null,
  };
}
