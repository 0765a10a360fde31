"""Printed forms (reportlab): the bound class journal, summary sheets, journal pages; PDF signing.

* :mod:`.journal` — plans and draws the documents (``render_journal``, ``render_summary``,
  ``render_subject_pages``, ``render_summary_volume``, ``count_sheets``);
* :mod:`.kit` — canvas-level drawing: pages, fitted and wrapped text, grids;
* :mod:`.fonts` — the Cyrillic DejaVu fonts shipped in ``resources/fonts``;
* :mod:`.signing` — the PDF of a certified journal signed with pyHanko (optional).

The data comes from :mod:`ejournal_desktop.services.printdata` (computed once there).
"""
