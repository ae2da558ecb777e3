"""coach layer."""
