import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../../../common/validation/trim.js';
import { OpportunityIdInput } from './opportunity.inputs.js';

@InputType()
export class ReviewOpportunityInput extends OpportunityIdInput {
  @Field({ description: 'true publishes it; false sends it back to its drafts with the note' })
  @IsBoolean({ message: 'approve must be true or false' })
  approve: boolean;

  @Field({
    nullable: true,
    description: 'Required when rejecting (at most 1,000 characters); sent to the poster',
  })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MaxLength(1000, { message: 'note must be at most 1,000 characters' })
  note?: string;
}
