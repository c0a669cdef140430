from razmetka.cli import main

raise SystemExit(main())
