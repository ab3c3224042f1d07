import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SubscribersSection } from '@/features/access/subscribers-section';
import { ClassificationBadge, FreshnessBadge, StatusBadge, TagList } from '@/features/catalog/badges';
import { ContractSection } from '@/features/contracts/contract-section';
import { IncidentList } from '@/features/freshness/incident-list';
import { ObjectiveSection } from '@/features/freshness/objective-section';
import { DescriptorSection } from '@/features/products/descriptor-section';
import { InputPorts } from '@/features/products/input-ports';
import { lineageOf } from '@/features/products/lineage';
import { LineageSection } from '@/features/products/lineage-section';
import { OutputPorts } from '@/features/products/output-ports';
import { loadProductPage } from '@/features/products/product.query';
import { LifecycleNotice, ProductOverview } from '@/features/products/product-overview';
import { ProductSection } from '@/features/products/section';
import { loadSchemaComparison } from '@/features/schemas/schema-comparison.query';
import { SchemaSection } from '@/features/schemas/schema-section';
import { schemaSelection } from '@/features/schemas/schema-selection';
import { loadViewer } from '@/features/session/viewer.query';
import type { SearchParams } from '@/lib/search-params';

interface ProductPageProps {
  readonly params: Promise<{ slug: string }>;
  readonly searchParams: Promise<SearchParams>;
}

const CONTENTS = [
  ['overview', 'Overview'],
  ['output-ports', 'Output ports'],
  ['input-ports', 'Input ports'],
  ['lineage', 'Lineage'],
  ['schema', 'Schema'],
  ['contract', 'Data contract'],
  ['objectives', 'Objectives'],
  ['incidents', 'Incidents'],
  ['subscribers', 'Subscribers'],
  ['descriptor', 'Descriptor'],
] as const;

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const page = await loadProductPage((await params).slug);
  return { title: page?.product.name ?? 'Data product not found' };
}

// No loading.tsx beside this page, like the home page: the product must be in the first HTML
// for browsers without JavaScript, and a missing product must answer 404 before streaming.
export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  const [page, viewer] = await Promise.all([loadProductPage((await params).slug), loadViewer()]);
  if (!page) notFound();
  const { product, descriptorYaml, mySubscriptions } = page;
  const lineage = lineageOf(product);
  const selection = schemaSelection(product.outputPorts, await searchParams);
  const comparison = selection ? await loadSchemaComparison(selection.portId, selection.from, selection.to) : null;
  const requestingTeams = (viewer?.memberships ?? [])
    .map((membership) => membership.team)
    .filter((team) => team.id !== product.team.id);
  const openIncidents = product.incidents.nodes.filter((incident) => incident.status !== 'RESOLVED');
  const pastIncidents = product.incidents.nodes.filter((incident) => incident.status === 'RESOLVED');
  const now = new Date();

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-slate-600">
          Data product in the{' '}
          <Link href={`/domains/${product.domain.slug}`} className="font-medium text-slate-800 hover:underline">
            {product.domain.name}
          </Link>{' '}
          domain, owned by{' '}
          <Link href={`/teams/${product.team.slug}`} className="font-medium text-slate-800 hover:underline">
            {product.team.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{product.name}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={product.status} />
          <ClassificationBadge classification={product.classification} />
          <FreshnessBadge ports={product.outputPorts} />
          <code className="text-xs text-slate-500">{product.slug}</code>
        </div>
        <TagList tags={product.tags} />
        <LifecycleNotice product={product} />
      </header>

      <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 border-y border-slate-200 py-2 text-sm">
        {CONTENTS.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-slate-700 hover:text-slate-900 hover:underline">
            {label}
          </a>
        ))}
      </nav>

      <ProductSection id="overview" title="Overview">
        <ProductOverview product={product} />
      </ProductSection>

      <ProductSection id="output-ports" title="Output ports" description="How consumers read this product.">
        <OutputPorts product={product} viewer={{ requestingTeams, subscriptions: mySubscriptions }} />
      </ProductSection>

      <ProductSection id="input-ports" title="Input ports" description="The other products this one reads.">
        <InputPorts product={product} />
      </ProductSection>

      <ProductSection id="lineage" title="Lineage" description="Where the data comes from and who reads it.">
        <LineageSection product={product} lineage={lineage} />
      </ProductSection>

      <ProductSection
        id="schema"
        title="Schema"
        description="Each output port’s schema as a field table, its version history, and what changed between two versions."
      >
        <SchemaSection slug={product.slug} ports={product.outputPorts} selection={selection} comparison={comparison} />
      </ProductSection>

      <ProductSection
        id="contract"
        title="Data contract"
        description="What the owning team promises (Open Data Contract Standard): service levels, quality rules and terms."
      >
        <ContractSection slug={product.slug} ports={product.outputPorts} />
      </ProductSection>

      <ProductSection
        id="objectives"
        title="Objectives and freshness"
        description="How fresh the data must be, how fresh it was, and what is left of the error budget."
      >
        <ObjectiveSection ports={product.outputPorts} now={now} />
      </ProductSection>

      <ProductSection id="incidents" title="Incidents" description="When the data went stale or could not be checked.">
        {product.incidents.totalCount === 0 ? (
          <p className="text-sm text-slate-600">No incident so far.</p>
        ) : (
          <div className="space-y-4">
            {openIncidents.length > 0 ? <IncidentList incidents={openIncidents} label="Open incidents" /> : null}
            {pastIncidents.length > 0 ? (
              <div className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-900">Past incidents</h3>
                <IncidentList incidents={pastIncidents} label="Past incidents" />
              </div>
            ) : null}
            {openIncidents.length === 0 ? <p className="text-sm text-slate-600">None is open now.</p> : null}
          </div>
        )}
      </ProductSection>

      <ProductSection id="subscribers" title="Subscribers" description="The teams with approved access.">
        <SubscribersSection ports={product.outputPorts} subscriberCount={product.subscriberCount} />
      </ProductSection>

      <ProductSection id="descriptor" title="Descriptor" description="The product as ODPS v1 YAML.">
        <DescriptorSection slug={product.slug} yaml={descriptorYaml} />
      </ProductSection>
    </div>
  );
}
