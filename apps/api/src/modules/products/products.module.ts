import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthorizationModule } from '../authorization/authorization.module';
import { InputPortsResolver } from './input-ports.resolver';
import { LifecycleService } from './lifecycle.service';
import { OutputPortsResolver } from './output-ports.resolver';
import { PortsRepository } from './ports.repository';
import { PortsService } from './ports.service';
import { ProductAccess } from './product-access';
import { ProductLoaders } from './product.loaders';
import { ProductsRepository } from './products.repository';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';
import { DomainProductsResolver, TeamProductsResolver } from './team-products.resolver';

/** Data products, their output and input ports (lineage) and lifecycle. */
@Module({
  imports: [AuthorizationModule, AuditModule],
  providers: [
    ProductsRepository,
    PortsRepository,
    ProductAccess,
    ProductsService,
    LifecycleService,
    PortsService,
    ProductLoaders,
    ProductsResolver,
    OutputPortsResolver,
    InputPortsResolver,
    TeamProductsResolver,
    DomainProductsResolver,
  ],
  exports: [ProductsService, LifecycleService, PortsService, ProductLoaders],
})
export class ProductsModule {}
