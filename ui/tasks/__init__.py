"""Tasks and reminders in the desktop app (issue 16): My day (``page``), its table model
(``model``), the task dialog (``editor``), the follow-up row of the interaction form
(``follow_up``), reminders (``reminders``) and the workspace tab (``tab``)."""
