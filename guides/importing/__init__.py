"""Readers that turn what people bring into a clean Article."""

from guides.budgets import MAX_SOURCE_BYTES
from guides.importing.dispatch import (
    import_bytes,
    import_source,
    import_text,
    is_url,
    sniff_format,
)

__all__ = ["MAX_SOURCE_BYTES", "import_bytes", "import_source", "import_text", "is_url", "sniff_format"]
