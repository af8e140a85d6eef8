"""The KnowledgeBase: records loaded from stacked directories, indexed or read from the cache,
and the API every front end calls (lookup, search, scan, diagnose)."""
