"""What the frozen app runs: the same ``porchlight`` command the wheel installs."""

from desktop.launcher import main

raise SystemExit(main())
