import { loadContractYaml } from '@/features/contracts/contract.query';

/** An output port's data contract as an ODCS YAML file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; port: string }> }) {
  const { slug, port } = await params;
  const yaml = await loadContractYaml(slug, decodeURIComponent(port));
  if (yaml === null) {
    return new Response('Data contract not found\n', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
  const file = `${slug}.${port}`.replace(/[^a-z0-9.-]/gi, '');
  return new Response(yaml, {
    headers: {
      'content-type': 'application/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="${file}.odcs.yaml"`,
      'cache-control': 'private, no-store',
    },
  });
}
