"""The shape of the code, checked on the real import graph (grimp, which import-linter uses).

Every import counts, including those written inside a function: an import moved into a function
to dodge a cycle is still a cycle.
"""
from __future__ import annotations

import grimp
import pytest


def _cycles(package: str) -> list[tuple[str, ...]]:
    """One shortest cycle through each module that is on one (none: the graph is acyclic)."""
    graph = grimp.build_graph(package)
    found: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for module in sorted(graph.modules):
        if module in seen:
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                cycle = (module, *back)
                found.append(cycle)
                seen.update(cycle)
                break
    return found


@pytest.mark.parametrize("package", ["app", "vault"])
def test_no_import_cycles(package):
    cycles = _cycles(package)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_services_never_import_the_command_line():
    graph = grimp.build_graph("app")
    cli = {m for m in graph.modules if m == "app.cli" or m.startswith(("app.cli.", "app.cli_"))}
    services = {m for m in graph.modules if m not in cli and m != "app"}
    assert cli, "the command line moved: update this test"
    leaks = [(s, c) for s in sorted(services) for c in sorted(cli)
             if graph.chain_exists(importer=s, imported=c)]
    assert not leaks, f"services reaching the command line: {leaks}"


def test_audit_masks_every_sensitive_record_field():
    """The audit viewer masks the records' sensitive fields from its own list (it no longer
    imports the records package, which sits above it)."""
    from app import audit
    from app.records import validation

    assert set(validation.SENSITIVE_FIELDS) <= audit.SENSITIVE_FIELDS
