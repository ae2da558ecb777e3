"""Reset Button: a local-first live call coach for sales reps."""
