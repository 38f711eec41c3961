"""Pipeline stages between the parse and the records: one module per stage (triggers,
modality, actors, casualties, quantities, time, attribution, events), each reading its
language data through :mod:`sitrep.lang`. The orchestrator is :mod:`sitrep.pipeline`."""
