import Link from 'next/link';

export default function ProductNotFound() {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Data product not found</h1>
      <p className="text-slate-700">
        There is no data product at this address that you can see. Drafts are visible to their own team only.
      </p>
      <Link href="/search" className="inline-block font-medium text-slate-900 underline underline-offset-2">
        Search the catalog
      </Link>
    </div>
  );
}
