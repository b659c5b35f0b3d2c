"""Readers for each input format; ``transforms.formats.read.read_document`` picks one by content."""
