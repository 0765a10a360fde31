"""Pure rules and value types of the journal; import from the modules."""
