"""fakehub's generic HTTP layer: it names no operation; the spec drives it."""
