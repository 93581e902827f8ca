import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Access, Allow } from '../../common/auth/access.decorator.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs, type Page } from '../../common/graphql/pagination.js';
import {
  MarkNotificationsReadInput,
  UpdateNotificationSettingsInput,
} from './dto/notification.inputs.js';
import {
  Notification,
  NotificationConnection,
  NotificationSettings,
} from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: 'Yours, newest first; cursor pagination',
  })
  @Allow(Access.SIGNED_IN)
  notifications(
    @Args() { first, after }: PageArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Page<Notification>> {
    return this.service.page(viewer, first, after);
  }

  @Query(() => Int, { description: 'How many of yours are unread' })
  @Allow(Access.SIGNED_IN)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Query(() => NotificationSettings, { description: 'What you are told of, and how' })
  @Allow(Access.SIGNED_IN)
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return this.service.settings(viewer);
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications read (all of them when ids is omitted); returns how many are still unread',
  })
  @Allow(Access.SIGNED_IN)
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<number> {
    return this.service.markRead(viewer, input.ids);
  }

  @Mutation(() => NotificationSettings, {
    description:
      'Changes the channel of the types given, and the daily digest; returns all settings',
  })
  @Allow(Access.SIGNED_IN)
  updateNotificationSettings(
    @Args('input') input: UpdateNotificationSettingsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationSettings> {
    return this.service.updateSettings(viewer, input);
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications as they happen (over graphql-ws)',
    resolve: (notification: Notification) => notification,
  })
  @Allow(Access.SIGNED_IN)
  notificationAdded(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<Notification> {
    return this.service.added(viewer);
  }
}
