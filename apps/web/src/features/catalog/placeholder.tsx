import type { ReactNode } from 'react';

/**
 * A section whose data the API does not offer yet: says what will be here and what brings
 * it, instead of inventing numbers.
 */
export function Placeholder({
  title,
  arrivesWith,
  children,
  headingLevel = 2,
}: {
  title: string;
  arrivesWith: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `placeholder-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-dashed border-slate-300 bg-white/60 p-5">
      <Heading id={id} className="text-base font-semibold text-slate-900">
        {title}
      </Heading>
      <p className="mt-1 text-sm text-slate-600">
        Arrives with {arrivesWith}.{children ? ' ' : ''}
        {children}
      </p>
    </section>
  );
}
