"""Read-only figures over the records (no Qt): the pipeline board's columns and totals
(``pipeline``) and the dashboard's charts (``dashboard``). Every query applies the viewer's
record scope: a profile with scope ``own`` counts only the customers it owns."""
