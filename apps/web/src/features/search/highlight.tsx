const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * A search snippet: the API escapes the text and wraps matched words in <mark>. It is split
 * on those tags and rendered as React text, so nothing from the API becomes markup.
 */
export function Highlight({ snippet }: { snippet: string }) {
  const parts = snippet.split(/(<mark>.*?<\/mark>)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('<mark>') ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {decode(part.slice('<mark>'.length, -'</mark>'.length))}
          </mark>
        ) : (
          <span key={index}>{decode(part)}</span>
        ),
      )}
    </>
  );
}
