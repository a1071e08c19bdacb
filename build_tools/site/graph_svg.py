"""A picture of a document's neighbourhood: what it cites and what cites it, two steps out at most,
drawn at build time as an inline SVG that needs no script.

The document stands in the middle; the documents one step away on a ring around it, those two steps
away on an outer ring beside the neighbour that leads to them. Each node is a link to its page; each
edge points from the citing letter to the cited document, coloured by what the letter does with it,
with a legend in Vietnamese. A central law cited by thousands keeps a readable picture: at most
RING_ONE and RING_TWO nodes are drawn, and the picture says how many more there are.
"""

from __future__ import annotations

import math
from pathlib import PurePosixPath

from build_tools.cite.graph import Graph
from build_tools.cite.relations import LABELS
from build_tools.markup import escape_html
from build_tools.model import RELATIONS
from build_tools.site.markdown import link

RING_ONE, RING_TWO = 12, 12
SIZE, R1, R2 = 520, 150, 235
GAP = 0.45  # radians between two nodes of the outer ring: 105 px, room for two labels side by side
# One colour per relation, told apart in print and by colour-blind readers by the legend's words too.
COLOURS = {"replaces": "#c62828", "repeals": "#6a1b9a", "amends": "#ef6c00", "basis": "#1565c0",
           "proposal": "#00838f", "implements": "#2e7d32", "attached": "#795548", "references": "#757575"}
Edge = tuple[PurePosixPath, PurePosixPath, str]  # citing page → cited page, relation
# The most entries of a neighbour's list a picture reads: its outer ring is filled from each neighbour's
# list in turn, passing over the nodes already shown (the centre and both rings).
_READ = 1 + RING_ONE + 2 * RING_TWO


def neighbourhood_svg(graph: Graph, center: PurePosixPath) -> str:
    """The SVG block of the page at `center` (a letter's or a cited document's); empty with no neighbour."""
    ring_one = _neighbours(graph, center, RING_ONE)
    if not ring_one:
        return ""
    more_one = graph.neighbour_count(center) - len(ring_one)
    shown = {center} | {page for page, _ in ring_one}
    ring_two: list[tuple[PurePosixPath, PurePosixPath, Edge]] = []  # (node, via, edge)
    for via, _ in ring_one:
        for page, edge in _neighbours(graph, via, _READ):
            if page not in shown and len(ring_two) < RING_TWO:
                shown.add(page)
                ring_two.append((page, via, edge))
    places = {center: (SIZE / 2, SIZE / 2)}
    for n, (page, _) in enumerate(ring_one):
        places[page] = _polar(R1, 2 * math.pi * n / len(ring_one))
    near = [math.atan2(places[via][1] - SIZE / 2, places[via][0] - SIZE / 2) + math.pi / 2  # as _polar counts
            for _, via, _ in ring_two]
    for (page, _, _), angle in zip(ring_two, _spread(near), strict=True):
        places[page] = _polar(R2, angle)
    edges = [edge for _, edge in ring_one] + [edge for _, _, edge in ring_two]
    parts = [_edge(places, edge) for edge in edges]
    parts += [_node(graph, center, page, places[page], page == center) for page in places]
    title = "Quan hệ dẫn chiếu của văn bản này"
    note = f" (và {more_one} văn bản khác không vẽ)" if more_one > 0 else ""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" role="group" '
           f'aria-labelledby="do-thi-tieu-de" class="citation-graph">'
           f'<title id="do-thi-tieu-de">{title}{note}</title>'
           '<defs><marker id="mui-ten" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke"/></marker></defs>'
           + "".join(parts) + "</svg>")
    return (f'<div class="letter-graph" markdown="0">\n<h2 id="do-thi">Sơ đồ quan hệ</h2>\n{svg}\n'
            f"{_legend(edges)}<p class=\"graph-note\">{escape_html(title + note)}; mỗi nút là một liên kết.</p>\n"
            "</div>\n")


def pictures_showing(changed: set[PurePosixPath], graphs: tuple[Graph, ...]) -> set[PurePosixPath]:
    """The pages whose picture can differ when the letters and documents at `changed` differ between
    `graphs` (the last build's and this one's): theirs, their neighbours', and the neighbours of a
    neighbour whose list holds a changed one within what a picture reads of it."""
    near = {page for graph in graphs for center in changed for page, _ in _neighbours(graph, center)}
    showing = changed | near
    for via in near:
        if any(page in changed for graph in graphs for page, _ in _neighbours(graph, via, _READ)):
            showing.update(page for graph in graphs for page, _ in _neighbours(graph, via))
    return showing


def _neighbours(graph: Graph, page: PurePosixPath, limit: int = -1) -> list[tuple[PurePosixPath, Edge]]:
    """The first `limit` pages one step from `page` (-1: all), in the picture's order, each with the edge
    between them."""
    return [(near.page, (page, near.page, near.relation) if near.outgoing else (near.page, page, near.relation))
            for near in graph.neighbours_of(page, limit)]


def _spread(near: list[float]) -> list[float]:
    """Angles on the outer ring for nodes whose neighbours on the inner ring stand at `near` (in ring
    order): each group fanned out around its neighbour, then pushed on so that two are GAP apart."""
    gap = min(GAP, 2 * math.pi / max(len(near), 1))
    angles: list[float] = []
    for n, angle in enumerate(near):
        group = near.count(angle)
        wish = angle + (n - near.index(angle) - (group - 1) / 2) * gap
        angles.append(max(wish, angles[-1] + gap) if angles else wish)
    return angles


def _polar(radius: float, angle: float) -> tuple[float, float]:
    return SIZE / 2 + radius * math.cos(angle - math.pi / 2), SIZE / 2 + radius * math.sin(angle - math.pi / 2)


def _edge(places: dict[PurePosixPath, tuple[float, float]], edge: Edge) -> str:
    (x1, y1), (x2, y2) = places[edge[0]], places[edge[1]]
    length = math.hypot(x2 - x1, y2 - y1) or 1
    shrink = 22 / length  # end at the node's circle, not its centre
    x2, y2 = x2 - (x2 - x1) * shrink, y2 - (y2 - y1) * shrink
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{COLOURS[edge[2]]}" '
            f'stroke-width="2" marker-end="url(#mui-ten)"><title>{escape_html(LABELS[edge[2]])}</title></line>')


def _node(graph: Graph, center: PurePosixPath, page: PurePosixPath, place: tuple[float, float], is_center: bool
          ) -> str:
    name, label = _names(graph, page)
    x, y = place
    circle = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{22 if is_center else 16}" class="graph-node'
              f'{" graph-node--center" if is_center else ""}"/>')
    text = f'<text x="{x:.1f}" y="{y + (34 if is_center else 28):.1f}" text-anchor="middle">{escape_html(label)}</text>'
    if is_center:
        return f"<g><title>{escape_html(name)} (văn bản này)</title>{circle}{text}</g>"
    return f'<a href="{escape_html(link(center, page))}"><title>{escape_html(name)}</title>{circle}{text}</a>'


def _names(graph: Graph, page: PurePosixPath) -> tuple[str, str]:
    """A node's full name (its link's title) and its label: the number, shortened."""
    if graph.is_letter(page):
        letter = graph.letter_at(page).processed.letter
        kind, number, issuer = letter.type, letter.number, letter.issuer
    else:
        document = graph.document_at(page)
        kind, number, issuer = document.type, document.number, document.issuer
    name = f"{kind or 'Văn bản'} số {number or '(chưa có số)'}" + (f" — {issuer}" if issuer else "")
    label = number or kind or "Văn bản"
    return name, label if len(label) <= 18 else label[:17] + "…"


def _legend(edges: list[Edge]) -> str:
    used = [kind for kind in RELATIONS if any(edge[2] == kind for edge in edges)]
    items = "".join(f'<li><span class="graph-swatch" style="background:{COLOURS[kind]}"></span>{LABELS[kind]}</li>'
                    for kind in used)
    return f'<ul class="graph-legend" aria-label="Chú giải màu của các quan hệ">{items}</ul>\n'
