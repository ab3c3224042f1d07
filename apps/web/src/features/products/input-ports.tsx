import Link from 'next/link';
import type { ProductPage } from './product.query';

/** The other products' output ports this product reads: its upstream lineage, as text. */
export function InputPorts({ product }: { product: ProductPage }) {
  if (product.inputPorts.length === 0) {
    return <p className="text-sm text-slate-600">This product reads no other data product.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {product.inputPorts.map((input) => (
        <li key={input.id} className="px-4 py-3 text-sm">
          <p>
            <span className="font-mono font-semibold text-slate-900">{input.name}</span>
            <span className="text-slate-600"> reads </span>
            {input.sourcePort ? (
              <>
                <span className="font-mono text-slate-900">{input.sourcePort.name}</span>
                <span className="text-slate-600"> of </span>
                <Link
                  href={`/products/${input.sourcePort.product.slug}`}
                  className="font-medium text-slate-900 hover:underline"
                >
                  {input.sourcePort.product.name}
                </Link>
                <span className="text-slate-600"> ({input.sourcePort.product.team.name})</span>
              </>
            ) : (
              <span className="text-slate-600">a port of a product you cannot see</span>
            )}
          </p>
          {input.description ? <p className="mt-0.5 text-slate-600">{input.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
