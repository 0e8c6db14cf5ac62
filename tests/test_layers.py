"""The layout keeps data flowing one way: crawler → archive ← indexer → store ← query ← UI/CLI.

Every import in the project, at module level or inside a function, is read from the source
and checked against the layers below; a new import against the flow fails here with the
module and line that made it, and so does any import cycle between modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("crawler", "indexer", "search_ui")

# What each layer may import besides itself (longest matching prefix decides the layer).
VOCABULARY = {"indexer.models", "indexer.errors", "indexer.sqlite_cache"}
LAYERS: dict[str, set[str]] = {
    "indexer.errors": set(),
    "indexer.faults": set(),
    "indexer.models": set(),
    "indexer.config": set(),
    "indexer.sqlite_cache": set(),
    "indexer.archive": VOCABULARY,
    "crawler": VOCABULARY | {"indexer.archive"},
    "indexer.parsing": VOCABULARY,
    "indexer.extract": VOCABULARY | {"indexer.parsing", "indexer.archive", "indexer.faults"},
    "indexer.embedding": VOCABULARY | {"indexer.config"},
    "indexer.stores": VOCABULARY | {"indexer.parsing", "indexer.config", "indexer.faults"},
    "indexer.ingest": VOCABULARY
    | {"indexer.parsing", "indexer.archive", "indexer.extract", "indexer.embedding",
       "indexer.stores", "indexer.config", "indexer.faults"},
    "indexer.query": VOCABULARY
    | {"indexer.parsing", "indexer.archive", "indexer.embedding", "indexer.stores",
       "indexer.config"},
    "search_ui": VOCABULARY | {"indexer.query", "indexer.parsing"},
    # The command line is the front door: it starts the crawler, the indexer and searches,
    # but never imports the UI (it launches Streamlit on the app's file).
    "indexer.cli": VOCABULARY
    | {"crawler", "indexer.parsing", "indexer.extract", "indexer.embedding", "indexer.ingest",
       "indexer.query", "indexer.stores", "indexer.config"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            if parts != ["indexer"]:  # the umbrella package holds only its docstring
                found[".".join(parts)] = path
    return found


def _layer(module: str) -> str | None:
    matches = [name for name in LAYERS if module == name or module.startswith(name + ".")]
    return max(matches, key=len) if matches else None


def _imports(module: str, path: Path) -> list[tuple[str, int]]:
    """(imported project module, line) for every import statement in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
            found.append((base, node.lineno))
    return [(name, line) for name, line in found if name.split(".")[0] in PACKAGES]


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The project module an imported name refers to ("pkg.mod.func" → "pkg.mod")."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def test_every_module_belongs_to_a_layer():
    orphans = [module for module in _modules() if _layer(module) is None]
    assert not orphans, f"modules outside every layer (add them to LAYERS): {orphans}"


def test_imports_follow_the_flow():
    modules = _modules()
    wrong: list[str] = []
    for module, path in modules.items():
        layer = _layer(module)
        allowed = LAYERS[layer] | {layer}
        for name, line in _imports(module, path):
            target = _resolve(name, modules)
            if target is None or target == module:
                continue
            target_layer = _layer(target)
            if target_layer not in allowed and not any(
                target_layer.startswith(a + ".") for a in allowed
            ):
                where = f"{path.relative_to(REPO)}:{line}"
                found = f"{where} imports {target} ({layer} → {target_layer})"
                if found not in wrong:
                    wrong.append(found)
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_no_import_cycles():
    modules = _modules()
    graph = {
        module: {t for name, _ in _imports(module, path)
                 if (t := _resolve(name, modules)) and t != module
                 and not module.startswith(t + ".")}  # a package's own __init__ is not a cycle
        for module, path in modules.items()
    }
    cycles = _cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
