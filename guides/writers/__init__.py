"""Writing help: the guide's questions worded by a model the reader chose, and checked by the engine."""

from guides.writers.compose import SlotOutcome, WriteReport
from guides.writers.reply import ProposedQuestion, Reply, ReplyError, read_reply
from guides.writers.server import Cancel, Server, WriterCancelled, WriterError
from guides.writers.write import (
    PASTED,
    WRITERS,
    Prepared,
    Written,
    from_reply,
    from_server,
    prepare,
    rules_written,
)

__all__ = [
    "PASTED",
    "WRITERS",
    "Cancel",
    "Prepared",
    "ProposedQuestion",
    "Reply",
    "ReplyError",
    "Server",
    "SlotOutcome",
    "WriteReport",
    "WriterCancelled",
    "WriterError",
    "Written",
    "from_reply",
    "from_server",
    "prepare",
    "read_reply",
    "rules_written",
]
