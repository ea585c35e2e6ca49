"""The pipeline board: deals in columns by stage (``board``), one lazy list model per column
(``model``), the cards' painting (``cards``)."""
