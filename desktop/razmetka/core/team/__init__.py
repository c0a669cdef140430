"""A team on local files: assign articles to analysts (``assign``), write each analyst's work
package (``pack``), bring the packages back (``merge``), measure how well the analysts agree
(``agreement``) and settle where they differ (``adjudicate``). See docs/team.md."""

from __future__ import annotations

from razmetka.core.store import StoreError


class TeamError(StoreError):
    """Shared work refused, in plain words naming the file; nothing stored has changed."""
