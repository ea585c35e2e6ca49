"""The dashboard: charts of the viewer's figures (``charts``), the page and its PDF (``page``)."""
