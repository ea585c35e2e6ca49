"""What an action changed, so every open view can follow without reloading everything.

Each write use case returns a ``Changes`` (as Anki's operations return ``OpChanges``): which
customers' data changed, which went away, whether lists (order, counts, columns) need a refresh,
which settings changed, and the action's own result (a new id, a version). The desktop app hands it
to one place (``ui.common.changes.ChangeBus``) that tells every open view; a view refreshes what
it shows of those records, without a new audited "view" of them. Sync (later) is one more
producer of ``Changes``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    customers: frozenset[int] = frozenset()   # records whose data changed (detail views refresh them)
    deleted: frozenset[int] = frozenset()     # records that left the lists (deleted, merged away)
    lists: bool = False                       # rows added, removed or re-sorted: lists reload their ids
    settings: frozenset[str] = frozenset()    # setting keys that changed
    tasks: bool = False                       # tasks were added, changed or removed (My day reloads)
    result: Any = field(default=None, compare=False)  # what the action returns besides (an id, a version)

    @classmethod
    def of(cls, *customers: int, deleted=(), lists: bool = False, settings=(), tasks: bool = False,
           result: Any = None) -> Changes:
        return cls(frozenset(int(c) for c in customers), frozenset(int(c) for c in deleted), lists,
                   frozenset(settings), tasks, result)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customers | other.customers, self.deleted | other.deleted, self.lists or other.lists,
                       self.settings | other.settings, self.tasks or other.tasks,
                       other.result if other.result is not None else self.result)

    @property
    def empty(self) -> bool:
        return not (self.customers or self.deleted or self.lists or self.settings or self.tasks)
