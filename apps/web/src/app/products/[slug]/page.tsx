import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClassificationBadge, FreshnessBadge, StatusBadge, TagList } from '@/features/catalog/badges';
import { Placeholder } from '@/features/catalog/placeholder';
import { DescriptorSection } from '@/features/products/descriptor-section';
import { InputPorts } from '@/features/products/input-ports';
import { lineageOf } from '@/features/products/lineage';
import { LineageSection } from '@/features/products/lineage-section';
import { OutputPorts } from '@/features/products/output-ports';
import { loadProductPage } from '@/features/products/product.query';
import { LifecycleNotice, ProductOverview } from '@/features/products/product-overview';
import { ProductSection } from '@/features/products/section';

interface ProductPageProps {
  readonly params: Promise<{ slug: string }>;
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
export default async function ProductPage({ params }: ProductPageProps) {
  const page = await loadProductPage((await params).slug);
  if (!page) notFound();
  const { product, descriptorYaml } = page;
  const lineage = lineageOf(product);

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
          <FreshnessBadge />
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
        <OutputPorts product={product} />
      </ProductSection>

      <ProductSection id="input-ports" title="Input ports" description="The other products this one reads.">
        <InputPorts product={product} />
      </ProductSection>

      <ProductSection id="lineage" title="Lineage" description="Where the data comes from and who reads it.">
        <LineageSection product={product} lineage={lineage} />
      </ProductSection>

      <div className="grid gap-4 md:grid-cols-2">
        <div id="schema" className="scroll-mt-6">
          <Placeholder title="Schema" arrivesWith="versioned schemas">
            Each output port’s schema as a field table, with its version history and diffs.
          </Placeholder>
        </div>
        <div id="contract" className="scroll-mt-6">
          <Placeholder title="Data contract" arrivesWith="data contracts (ODCS v3)">
            SLA properties, quality rules and terms, with a YAML download.
          </Placeholder>
        </div>
        <div id="objectives" className="scroll-mt-6">
          <Placeholder title="Objectives and freshness" arrivesWith="freshness monitoring">
            Freshness over 7 and 28 days against its thresholds, the share of time fresh and the error budget.
          </Placeholder>
        </div>
        <div id="incidents" className="scroll-mt-6">
          <Placeholder title="Incidents" arrivesWith="freshness monitoring">
            Open and past incidents when an objective is breached.
          </Placeholder>
        </div>
        <div id="subscribers" className="scroll-mt-6 md:col-span-2">
          <Placeholder title="Subscribers" arrivesWith="access requests and subscriptions">
            The teams with approved access to each port.
          </Placeholder>
        </div>
      </div>

      <ProductSection id="descriptor" title="Descriptor" description="The product as ODPS v1 YAML.">
        <DescriptorSection slug={product.slug} yaml={descriptorYaml} />
      </ProductSection>
    </div>
  );
}
