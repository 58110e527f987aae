"""`python -m softphone`: the same as the `softphone` command."""

import sys

from softphone.app.cli import main

sys.exit(main())
