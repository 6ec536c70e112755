#!/usr/bin/env python3
"""The house's floors, checked: no two source files of a crate import each other (directly or in a
longer circle), and inside app/src no import runs back up a floor. The floors of app/src, from the
bottom: routes and view (plain data), ssr (services), components, then pages, admin and form (what
a request meets). The top-level modules not listed (error, i18n, integration) are read by all.

A file's imports are its `crate::…` and `super::…` paths, comments and `#[cfg(test)]` modules left
out; a path names the deepest module file it reaches. A module's tie to its own parent through
`mod child;` is not an import. Prints what it found; exits 1 on any circle or upward import.

    python3 .ci/floors.py [repository root]
"""

import os
import re
import sys

CRATES = ["app/src", "app/domain/src", "app/importer/src", "app/offline/src", "server/src"]
FLOORS = {"routes": 0, "view": 0, "ssr": 1, "components": 2, "pages": 3, "admin": 3, "form": 3}


def modules(root):
    found = {}
    for directory, _, names in os.walk(root):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(directory, name)
                module = os.path.relpath(path, root)[:-3].replace(os.sep, "::")
                found["" if module in ("lib", "main") else module] = path
    return found


def resolve(found, path):
    parts = path.split("::")
    while parts:
        candidate = "::".join(parts)
        if candidate in found:
            return candidate
        parts.pop()
    return None


def imports(found):
    edges = {}
    for module, path in found.items():
        with open(path, encoding="utf-8") as f:
            source = f.read()
        source = re.sub(r"//[^\n]*", "", source)
        source = re.sub(r"#\[cfg\(test\)\]\s*mod \w+\s*\{.*", "", source, flags=re.S)
        parent = "::".join(module.split("::")[:-1])
        source = re.sub(r"\bsuper::", f"crate::{parent}::" if parent else "crate::", source)
        targets = set()
        for m in re.finditer(r"crate::((?:\w+::)*\w+)", source):
            target = resolve(found, m.group(1))
            if target:
                targets.add(target)
        for m in re.finditer(r"use crate::\{([^;]*)\};", source, flags=re.S):
            depth, current, items = 0, "", []
            for ch in m.group(1):
                depth += ch == "{"
                depth -= ch == "}"
                if ch == "," and depth == 0:
                    items.append(current)
                    current = ""
                else:
                    current += ch
            items.append(current)
            for item in items:
                item = re.sub(r"\{.*", "", item, flags=re.S).strip().strip(":")
                target = resolve(found, item) if item else None
                if target:
                    targets.add(target)
        targets.discard(module)
        targets.discard("")
        edges[module] = targets
    return edges


def circles(edges):
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def floor(module):
    return FLOORS.get(module.split("::")[0])


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    failed = False
    for crate in CRATES:
        found = modules(os.path.join(root, crate))
        edges = imports(found)
        loops = circles(edges)
        upward = []
        if crate == "app/src":
            upward = sorted(
                (a, b) for a, targets in edges.items() for b in targets
                if floor(a) is not None and floor(b) is not None and floor(b) > floor(a)
            )
        print(f"{crate}: {len(found)} files, {len(loops)} import circles, {len(upward)} imports up a floor")
        for loop in loops:
            print("  circle: " + " ↔ ".join(loop))
        for a, b in upward:
            print(f"  up a floor: {a} → {b}")
        failed |= bool(loops or upward)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
