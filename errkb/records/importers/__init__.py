"""Record importers: the flat seed JSON, deadends.dev canon trees and fix pages, turned into
errkb records, one file per record."""

from errkb.records.importers.common import (
    ImportReport,
    RecordImportError,
    bundled_ids,
    write_records,
)
from errkb.records.importers.deadends import import_deadends
from errkb.records.importers.fix_page import import_fix_page
from errkb.records.importers.fix_page_text import infer_package
from errkb.records.importers.seed import import_seed

__all__ = [
    "ImportReport",
    "RecordImportError",
    "bundled_ids",
    "import_deadends",
    "import_fix_page",
    "import_seed",
    "infer_package",
    "write_records",
]
