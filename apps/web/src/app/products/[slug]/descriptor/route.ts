import { loadDescriptorYaml } from '@/features/products/product.query';

/** The product's descriptor as a YAML file, for `tessera apply` in the team's repository. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const yaml = await loadDescriptorYaml(slug);
  if (yaml === null)
    return new Response('Data product not found\n', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(yaml, {
    headers: {
      'content-type': 'application/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="${slug.replace(/[^a-z0-9-]/g, '')}.yaml"`,
      'cache-control': 'private, no-store',
    },
  });
}
