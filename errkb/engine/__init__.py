"""The matching engine: normalise a text, prefilter patterns by their literals, confirm with re,
rank, fall back to fuzzy; and the KnowledgeBase over it."""
