"""Owner-facing templates (reply templates, LLM prompts, guides), installed as sheets_bridge.templates."""
