"""Records: the model, reading them from disk, their patterns' safety, their fixes for an
environment, and writing and importing them."""
