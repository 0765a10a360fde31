from ejournal_desktop.cli import main

raise SystemExit(main())
