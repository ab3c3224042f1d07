import { Module } from '@nestjs/common';
import { DirectoryService } from './directory.service';
import { DomainsService } from './domains.service';
import { OrganisationRepository } from './organisation.repository';
import { DirectoryResolver, DomainResolver, TeamResolver } from './organisation.resolver';
import { TeamsService } from './teams.service';

@Module({
  providers: [
    OrganisationRepository,
    DirectoryService,
    TeamsService,
    DomainsService,
    TeamResolver,
    DomainResolver,
    DirectoryResolver,
  ],
  exports: [DirectoryService],
})
export class OrganisationModule {}
