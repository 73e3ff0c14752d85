"""Linguistic backbone: the spaCy pipeline, and the worker processes that run the coder."""
