"""`python -m virtdesk`."""

import sys

from virtdesk.startup import main

sys.exit(main())
