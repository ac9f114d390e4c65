"""`python -m virtdesk`."""

import sys

from virtdesk.app import main

sys.exit(main())
