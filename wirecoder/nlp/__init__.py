"""Linguistic backbone: the spaCy pipeline."""
