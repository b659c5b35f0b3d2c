"""Readers for each input format; ``transforms.readers.read_document`` picks one by content."""
