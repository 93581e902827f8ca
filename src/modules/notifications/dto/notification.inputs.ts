import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { NotificationChannelEnum, NotificationTypeEnum } from '../notification.model.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationType,
} from '../notification.types.js';

export const MAX_MARK_IDS = 100;

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: `Which notifications (at most ${MAX_MARK_IDS}); every one of yours when omitted`,
  })
  @IsOptional()
  @IsArray({ message: 'ids must be a list of notification ids' })
  @ArrayMinSize(1, { message: 'ids must name at least one notification; omit it to mark all' })
  @ArrayMaxSize(MAX_MARK_IDS, { message: `ids lists at most ${MAX_MARK_IDS} notifications` })
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[];
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationTypeEnum)
  @IsIn(NOTIFICATION_TYPES, { message: 'type must be a notification type' })
  type: NotificationType;

  @Field(() => NotificationChannelEnum)
  @IsIn(NOTIFICATION_CHANNELS, { message: 'channel must be IN_APP, EMAIL or OFF' })
  channel: NotificationChannel;
}

@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => [NotificationPreferenceInput], {
    nullable: true,
    description: 'Only the types to change; the others keep their setting',
  })
  @IsOptional()
  @IsArray({ message: 'preferences must be a list' })
  @ArrayMaxSize(NOTIFICATION_TYPES.length, {
    message: `preferences lists at most ${NOTIFICATION_TYPES.length} types`,
  })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences?: NotificationPreferenceInput[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'dailyDigest must be true or false' })
  dailyDigest?: boolean;
}
