"""Stances and commitments derived from the coded events."""
