"""Computes Tieline's measures over time with networkx, from GraphML files, as the reference.

Usage: python3 tests/interop/measures.py DATE=FILE [DATE=FILE ...]

Each FILE is a GraphML export of the graph on DATE with every edge directed (`graph export
--format graphml --at DATE --edges directed`): a tie of n parties is a clique of edges that share
its "tie" value. Prints JSON: {DATE: {actor: {degree, by_kind, betweenness, closeness,
betweenness_raw, closeness_plain}}}, where

- degree counts the distinct ties an actor is a party to (by_kind: per "kind");
- betweenness and closeness are networkx's defaults (normalized=True, wf_improved=True) on the
  undirected simple projection: one edge per pair of actors joined by any tie;
- betweenness_raw (normalized=False) and closeness_plain (wf_improved=False) are the other
  normalisations, so a test can show that the comparison tells them apart.
"""

import json
import sys
from collections import defaultdict

import networkx as nx


def measures(path):
    graph = nx.read_graphml(path, force_multigraph=True)
    ties = defaultdict(lambda: defaultdict(set))
    for source, target, data in graph.edges(data=True):
        for actor in (source, target):
            ties[actor][data["kind"]].add(data["tie"])
    projection = nx.Graph()
    projection.add_nodes_from(graph.nodes)
    projection.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    betweenness = nx.betweenness_centrality(projection)
    closeness = nx.closeness_centrality(projection)
    betweenness_raw = nx.betweenness_centrality(projection, normalized=False)
    closeness_plain = nx.closeness_centrality(projection, wf_improved=False)
    out = {}
    for actor in graph.nodes:
        by_kind = {kind: len(ids) for kind, ids in ties[actor].items()}
        out[actor] = {
            "degree": len({tie for ids in ties[actor].values() for tie in ids}),
            "by_kind": by_kind,
            "betweenness": betweenness[actor],
            "closeness": closeness[actor],
            "betweenness_raw": betweenness_raw[actor],
            "closeness_plain": closeness_plain[actor],
        }
    return out


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    result = {}
    for arg in sys.argv[1:]:
        date, _, path = arg.partition("=")
        result[date] = measures(path)
    json.dump(result, sys.stdout, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
