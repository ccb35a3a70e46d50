"""Reads a GraphML file with python-igraph and prints what it found as JSON.

Usage: python3 tests/interop/read_igraph.py FILE.graphml

igraph has no GEXF reader, so only GraphML is checked. Exit code 2 and a message on stderr
when igraph cannot read the file.
"""

import json
import sys

import igraph


def present(attributes):
    """igraph gives every vertex and edge every attribute: NaN or "" where the file has none."""
    return {k: v for k, v in attributes.items() if v == v and v != "" and v is not None}


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    try:
        graph = igraph.Graph.Read_GraphML(sys.argv[1])
    except Exception as error:  # report any reader failure the same way
        print(f"igraph could not read {sys.argv[1]}: {error}", file=sys.stderr)
        sys.exit(2)
    ids = graph.vs["id"]
    edges = [
        {"source": ids[e.source], "target": ids[e.target], "data": present(e.attributes())}
        for e in graph.es
    ]
    out = {
        "directed": graph.is_directed(),
        "node_count": graph.vcount(),
        "edge_count": graph.ecount(),
        "nodes": {v["id"]: present(v.attributes()) for v in graph.vs},
        "edges": edges,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, default=str, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
