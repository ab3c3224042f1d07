import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../identity/request-context.decorator';
import { ApiInfo } from './models/api-info.model';
import { PlatformService } from './platform.service';

@Resolver(() => ApiInfo)
export class PlatformResolver {
  constructor(private readonly platform: PlatformService) {}

  @Public()
  @Query(() => ApiInfo, { description: 'The API version and which integrations are configured.' })
  apiInfo(): Promise<ApiInfo> {
    return this.platform.apiInfo();
  }
}
