/** The product as its ODPS descriptor, the YAML a team keeps in its repository, with a download. */
export function DescriptorSection({ slug, yaml }: { slug: string; yaml: string | null }) {
  if (!yaml) return <p className="text-sm text-slate-600">The descriptor is not available.</p>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">
          Apply changes with <code className="text-slate-900">tessera apply -f {slug}.yaml</code>. Port locations appear
          only when you may see connection details.
        </p>
        <a
          href={`/products/${slug}/descriptor`}
          download={`${slug}.yaml`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Download YAML
        </a>
      </div>
      <pre
        tabIndex={0}
        aria-label={`Descriptor of ${slug} (YAML)`}
        className="max-h-96 overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-5 text-slate-100"
      >
        <code>{yaml}</code>
      </pre>
    </div>
  );
}
