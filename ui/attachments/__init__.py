"""Attachments on a customer or a deal: the list with its actions (``panel``) and the viewer that
shows images and PDFs from memory (``viewer``)."""
