"""Synthetic test data generators: never real people.

Every name, date and document number here is drawn at random from generic pools; any resemblance
to a real traveller is a coincidence of common names. Used by tests, benchmarks, the MRZ image
generator and the demo store.
"""
