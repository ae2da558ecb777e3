"""asr layer."""
