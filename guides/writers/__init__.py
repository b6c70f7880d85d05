"""Writing help: the guide's questions worded by a model the reader chose, and checked by the engine.

The modules: :mod:`~guides.writers.write` (the seam: prepare, rules, a server, a pasted reply),
:mod:`~guides.writers.prompt`, :mod:`~guides.writers.reply`, :mod:`~guides.writers.checks`,
:mod:`~guides.writers.compose`, :mod:`~guides.writers.server`, :mod:`~guides.writers.trust`,
:mod:`~guides.writers.keys` and :mod:`~guides.cli.writers`. Nothing is re-exported here, so that
the command line's parser (which adds the writer options) does not load the writers themselves.
"""
