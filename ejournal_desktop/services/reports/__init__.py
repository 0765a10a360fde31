"""Reports: computed once here as plain data, rendered by ui/, exchange/ and printing/.

The registry maps a machine name (``progress``, ``attendance``, …) to a report
class; :func:`report_list` gives (name, Russian title) in the order of the
menu and the command line, :func:`compute` runs one report for an actor.
"""

from __future__ import annotations

from ejournal_desktop.services.reports.base import (
    REGISTRY,
    Chart,
    Column,
    Kind,
    Param,
    Report,
    ReportParams,
    ReportResult,
    ReportTable,
    Value,
    compute,
    format_value,
    get_report,
    register,
    report_list,
)

# the report modules register themselves on import; the order here is the order of the list
from ejournal_desktop.services.reports import progress as _progress  # noqa: F401  isort: skip
from ejournal_desktop.services.reports import attendance as _attendance  # noqa: F401  isort: skip
from ejournal_desktop.services.reports import control as _control  # noqa: F401  isort: skip
from ejournal_desktop.services.reports import programme as _programme  # noqa: F401  isort: skip
from ejournal_desktop.services.reports import monthly as _monthly  # noqa: F401  isort: skip
from ejournal_desktop.services.reports import weekly_checks as _weekly_checks  # noqa: F401  isort: skip

ORDER = ("progress", "period-results", "attendance", "accumulation", "timeliness", "period-marks-timing",
         "programme", "activity", "teacher", "forecast", "monthly", "weekly_checks")
# the menu's order, whatever the import order; a report not named in ORDER comes last
_ordered = {n: REGISTRY[n] for n in ORDER if n in REGISTRY}
_ordered.update({n: c for n, c in REGISTRY.items() if n not in _ordered})
REGISTRY.clear()
REGISTRY.update(_ordered)

__all__ = [
    "REGISTRY",
    "Chart",
    "Column",
    "Kind",
    "Param",
    "Report",
    "ReportParams",
    "ReportResult",
    "ReportTable",
    "Value",
    "compute",
    "format_value",
    "get_report",
    "register",
    "report_list",
]
