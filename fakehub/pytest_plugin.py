"""pytest fixtures for fakehub (placeholder while the plugin is being written)."""
