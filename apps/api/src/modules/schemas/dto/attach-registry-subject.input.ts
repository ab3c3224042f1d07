import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { idSchema } from '../../products/dto/validation';

@InputType({
  description: 'Attaches a schema registry subject to a Kafka output port and imports its version history.',
})
export class AttachRegistrySubjectInput {
  @Field(() => ID, { description: 'The output port (a Kafka topic on a cluster with a registry).' })
  portId!: string;

  @Field({ description: 'The subject, such as `orders.placed-value`.' })
  subject!: string;
}

export const attachRegistrySubjectSchema = z.object({
  portId: idSchema,
  // What registries accept as a subject name: printable, no control characters.
  subject: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(255, 'at most 255 characters')
    .regex(/^[^\p{Cc}]+$/u, 'no control characters'),
});
export type AttachRegistrySubjectCommand = z.output<typeof attachRegistrySubjectSchema>;
