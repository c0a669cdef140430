"""The headless core: model, store, suggesters and formats. Nothing here imports Qt."""
