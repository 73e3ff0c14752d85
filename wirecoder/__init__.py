"""wirecoder: political event data (PLOVER), stances and pledges from news text."""

__version__ = "0.1.0"
