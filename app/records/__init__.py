"""Customer records: people and companies, contact details, interactions, deals, search,
import/export, duplicates. Services only (no Qt); the UI and the CLI both call these.

Public entry points are re-exported here; see each module for details.
"""
from __future__ import annotations

from .customers import (  # noqa: F401
    create_customer,
    define_custom_field,
    delete_customer,
    deleted_customers,
    get_customer,
    list_custom_fields,
    purge_customer,
    purge_deleted,
    purge_expired,
    restore_customer,
    update_customer,
)
from .listing import CustomerFilter, Page, customer_count, customer_ids, customer_page  # noqa: F401
from .search import search  # noqa: F401
from .validation import MASK  # noqa: F401
