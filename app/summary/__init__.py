"""summary layer."""
