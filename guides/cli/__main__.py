"""``python -m guides.cli``: the engine's command line without the app's launcher."""

from guides.cli.porchlight import main

if __name__ == "__main__":  # importing it (a walk over the engine's modules) must not run it
    raise SystemExit(main())
