"""wirecoder.api: the HTTP API and dashboard over a store (`wirecoder serve`)."""

from wirecoder.api.app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
