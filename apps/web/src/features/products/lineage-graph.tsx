'use client';

import '@xyflow/react/dist/style.css';
import { Background, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import Link from 'next/link';
import { useMemo } from 'react';
import type { Lineage } from './lineage';

type ProductNodeData = {
  name: string;
  slug: string;
  team: string;
  /** The ports connecting it to this product, such as "order-events → orders". */
  via?: string;
  role: 'upstream' | 'current' | 'downstream';
};
type ProductNode = Node<ProductNodeData, 'product'>;

// The ports an edge stands for are written in the neighbour's node: labels on converging edges would pile up.
const COLUMN_X = { upstream: 0, current: 360, downstream: 720 } as const;
const ROW_HEIGHT = 96;
const NODE_WIDTH = 240;
const NODE_HEIGHT = 72;
/**
 * Sizes and handle positions given up front let React Flow draw nodes and edges on the server
 * too, so the graph is in the HTML before (or without) JavaScript; fitView adjusts it after.
 */
const TARGET_HANDLE = { type: 'target', position: Position.Left, x: 0, y: NODE_HEIGHT / 2 } as const;
const SOURCE_HANDLE = { type: 'source', position: Position.Right, x: NODE_WIDTH, y: NODE_HEIGHT / 2 } as const;
const HANDLES = {
  upstream: [SOURCE_HANDLE],
  current: [TARGET_HANDLE, SOURCE_HANDLE],
  downstream: [TARGET_HANDLE],
};

const ROLE_STYLES: Record<ProductNodeData['role'], string> = {
  upstream: 'border-slate-300 bg-white',
  current: 'border-slate-900 bg-slate-900 text-white',
  downstream: 'border-slate-300 bg-white',
};

/** A product in the graph: a link to its page, with handles for the edges in and out. */
function ProductNodeView({ data }: NodeProps<ProductNode>) {
  const current = data.role === 'current';
  return (
    <div
      className={`overflow-hidden rounded-lg border px-3 py-2 shadow-sm ${ROLE_STYLES[data.role]}`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
    >
      {data.role !== 'upstream' ? <Handle type="target" position={Position.Left} isConnectable={false} /> : null}
      {current ? (
        <span className="block truncate text-sm font-semibold">{data.name}</span>
      ) : (
        <Link
          href={`/products/${data.slug}`}
          className="nodrag block truncate text-sm font-semibold text-slate-900 hover:underline"
        >
          {data.name}
        </Link>
      )}
      <span className={`block truncate text-xs ${current ? 'text-slate-300' : 'text-slate-600'}`}>{data.team}</span>
      {data.via ? (
        <span className="mt-0.5 block truncate font-mono text-[11px] text-slate-500" title={data.via}>
          {data.via}
        </span>
      ) : null}
      {data.role !== 'downstream' ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
    </div>
  );
}

const NODE_TYPES = { product: ProductNodeView };

/**
 * Upstream sources → this product → downstream consumers, drawn with React Flow. The same
 * edges are listed as text beside the graph, for screen readers and browsers without JavaScript.
 */
export function LineageGraph({
  product,
  lineage,
}: {
  product: { id: string; slug: string; name: string; teamName: string };
  lineage: Lineage;
}) {
  const rows = Math.max(lineage.upstream.length, lineage.downstream.length, 1);
  const height = rows * ROW_HEIGHT + 48;

  const { nodes, edges } = useMemo(() => {
    const middle = ((rows - 1) * ROW_HEIGHT) / 2;
    const column = (role: 'upstream' | 'downstream', list: Lineage['upstream']) => {
      const offset = ((rows - list.length) * ROW_HEIGHT) / 2;
      return list.map((neighbour, index): ProductNode => ({
        id: `${role}-${neighbour.product.id}`,
        type: 'product',
        position: { x: COLUMN_X[role], y: offset + index * ROW_HEIGHT },
        data: {
          name: neighbour.product.name,
          slug: neighbour.product.slug,
          team: neighbour.product.team.name,
          via: neighbour.via.join(', '),
          role,
        },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        handles: [...HANDLES[role]],
        draggable: false,
      }));
    };
    const current: ProductNode = {
      id: 'current',
      type: 'product',
      position: { x: COLUMN_X.current, y: middle },
      data: { name: product.name, slug: product.slug, team: product.teamName, role: 'current' },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      handles: [...HANDLES.current],
      draggable: false,
    };
    const edgeStyle = { stroke: '#475569', strokeWidth: 1.5 };
    const allEdges: Edge[] = [
      ...lineage.upstream.map((neighbour) => ({
        id: `in-${neighbour.product.id}`,
        source: `upstream-${neighbour.product.id}`,
        target: 'current',
        style: edgeStyle,
      })),
      ...lineage.downstream.map((neighbour) => ({
        id: `out-${neighbour.product.id}`,
        source: 'current',
        target: `downstream-${neighbour.product.id}`,
        style: edgeStyle,
      })),
    ];
    return {
      nodes: [...column('upstream', lineage.upstream), current, ...column('downstream', lineage.downstream)],
      edges: allEdges,
    };
  }, [lineage, product, rows]);

  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50" style={{ height }} data-testid="lineage-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        defaultViewport={{ x: 8, y: 24, zoom: 1 }}
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable={false}
        panOnScroll={false}
        zoomOnScroll={false}
        preventScrolling={false}
        minZoom={0.3}
        maxZoom={1.5}
        ariaLabelConfig={{ 'node.a11yDescription.default': 'A data product in the lineage.' }}
      >
        <Background gap={24} color="#e2e8f0" />
      </ReactFlow>
    </div>
  );
}
