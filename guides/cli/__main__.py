"""``python -m guides.cli``: the engine's command line without the app's launcher."""

from guides.cli.porchlight import main

raise SystemExit(main())
