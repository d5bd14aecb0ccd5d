"""The architecture as a test: no import circle, nothing imports upward, no private names borrowed.

    leaves (_version, errors, hashing) <- engine <- hearing (only the transcript contract)
        <- verify <- batch <- desk, cli
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "verifier"

# What each part may import from the project (besides itself and the leaves).
ALLOWED = {
    "engine": set(),
    "hearing": {"engine.transcript"},
    "verify": {"engine", "hearing"},
    "batch": {"engine", "verify"},
    "desk": {"engine"},
    "cli": {"engine", "hearing", "verify", "batch", "desk"},
}
LEAVES = {"_version", "errors", "hashing"}


def modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(imported project module, names imported) for every import in the module, lazy ones too."""
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1] if node.level > 1 else package
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            elif node.module and node.module.startswith("verifier"):
                target = node.module.removeprefix("verifier").lstrip(".")
            else:
                continue
            found.append((target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name.removeprefix("verifier").lstrip("."), []) for a in node.names
                      if a.name.startswith("verifier")]
    return found


def resolve(target: str, names: list[str], known: set[str]) -> list[str]:
    """The project modules an import statement loads (``from .x import y`` may name module y)."""
    subs = [f"{target}.{n}" if target else n for n in names]
    mods = [s for s in subs if s in known]
    return mods or ([target] if target in known else [])


def part(module: str) -> str:
    return module.split(".")[0]


def test_no_part_imports_upward():
    known = set(modules())
    wrong = []
    for name, path in modules().items():
        if not name or part(name) in LEAVES:
            continue
        for target, names in imports(name, path):
            for mod in resolve(target, names, known):
                if part(mod) in LEAVES or part(mod) == part(name) or not mod:
                    continue
                allowed = ALLOWED.get(part(name), set())
                if not any(mod == a or mod.startswith(a + ".") for a in allowed):
                    wrong.append(f"{name} imports {mod}")
    assert not wrong, wrong


def test_no_import_circle():
    known = set(modules())
    graph = {name: {m for t, n in imports(name, path) for m in resolve(t, n, known) if m != name}
             for name, path in modules().items()}
    graph[""] = set()  # the package's __init__ re-exports; it is the top, not a node of circles
    done: set[str] = set()
    cycle: list[str] = []

    def visit(node: str, trail: list[str]) -> bool:
        for nxt in sorted(graph.get(node, set())):
            if nxt in trail:
                cycle.extend([*trail[trail.index(nxt):], nxt])
                return True
            if nxt and nxt in graph and nxt not in done and visit(nxt, [*trail, nxt]):
                return True
        done.add(node)
        return False

    for node in sorted(graph):
        if node and node not in done and visit(node, [node]):
            break
    assert not cycle, " -> ".join(cycle)


def test_the_record_is_a_leaf():
    known = set(modules())
    path = modules()["engine.record"]
    used = {m for t, n in imports("engine.record", path) for m in resolve(t, n, known)}
    assert used <= {"_version", "engine.codes"}, used


def test_no_module_borrows_a_private_name():
    known = set(modules())
    borrowed = [f"{name} imports {n} from {t}" for name, path in modules().items()
                for t, names in imports(name, path) for n in names
                if n.startswith("_") and not n.startswith("__") and t in known and t != name]
    assert not borrowed, borrowed
