// Intentionally empty: the bench measures what loading a content script alone costs.
