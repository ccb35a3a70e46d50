"""Reads a GEXF or GraphML file with networkx and prints what it found as JSON.

Usage: python3 tests/interop/read_graph.py FILE

The tests compare this with Tieline's own snapshot, so an export that networkx misreads (or
refuses) fails there. Exit code 2 and a message on stderr when networkx cannot read the file.
"""

import json
import sys

import networkx as nx


def read(path):
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    if path.endswith(".graphml"):
        return nx.read_graphml(path, force_multigraph=True)
    raise SystemExit(f"read_graph.py: unknown file type: {path}")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    try:
        graph = read(sys.argv[1])
    except Exception as error:  # report any reader failure the same way
        print(f"networkx could not read {sys.argv[1]}: {error}", file=sys.stderr)
        sys.exit(2)
    edges = []
    if graph.is_multigraph():
        triples = graph.edges(keys=True, data=True)
    else:  # networkx drops to a simple graph when no edges are parallel; the id stays in data
        triples = ((u, v, d.get("id"), d) for u, v, d in graph.edges(data=True))
    for source, target, key, data in triples:
        edges.append({"source": source, "target": target, "key": key, "data": data})
    out = {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "node_count": graph.number_of_nodes(),
        "edge_count": graph.number_of_edges(),
        "node_attributes": sorted({k for _, d in graph.nodes(data=True) for k in d}),
        "edge_attributes": sorted({k for e in edges for k in e["data"]}),
        "nodes": {str(n): d for n, d in graph.nodes(data=True)},
        "edges": edges,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, default=str, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
