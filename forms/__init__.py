"""Qt Designer forms (.ui) of the dialogs, installed as ``ejournal_desktop.forms`` and read at run time
by :mod:`ejournal_desktop.ui.designer` (QUiLoader)."""
