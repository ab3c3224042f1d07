import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person who signs in to Tessera.' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Sign-in address.' })
  email!: string;

  @Field({ description: 'The name shown to others.' })
  displayName!: string;

  @Field({ description: 'Whether the user administers the platform.' })
  isPlatformAdmin!: boolean;
}
