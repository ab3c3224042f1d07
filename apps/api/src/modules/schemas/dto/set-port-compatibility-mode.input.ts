import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';
import { COMPATIBILITY_MODES } from '../compatibility';
import { CompatibilityModeEnum } from '../models/schema-enums';

@InputType({ description: 'Sets which schema changes an output port accepts.' })
export class SetPortCompatibilityModeInput {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field(() => CompatibilityModeEnum, { description: 'The new compatibility mode.' })
  mode!: keyof typeof CompatibilityModeEnum;
}

export const setPortCompatibilityModeSchema = z.object({ portId: idSchema, mode: z.enum(COMPATIBILITY_MODES) });
export type SetPortCompatibilityModeCommand = z.output<typeof setPortCompatibilityModeSchema>;
