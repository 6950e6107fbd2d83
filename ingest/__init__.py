"""Ingest: feeds, polite fetching, article extraction, the document store and the event extractor."""
