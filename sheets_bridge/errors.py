"""The exceptions sheets-bridge raises. Each message says what went wrong and what to do."""

from __future__ import annotations


class SheetsBridgeError(Exception):
    """Base class for every error sheets-bridge raises on purpose."""

    exit_code = 1


class InputError(SheetsBridgeError):
    """Bad input from the owner: a file, a line or a field that cannot be used (exit code 2)."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.file, self.line, self.field = file, line, field
        where = ""
        if file is not None:
            where = f"{file}" + (f" line {line}" if line is not None else "") + ": "
        elif field is not None:
            where = f"field '{field}': "
        super().__init__(where + message)


class WorkbookError(SheetsBridgeError):
    """A spreadsheet could not be read or written."""


class WorkbookLockedError(WorkbookError):
    """Another process (sheets-bridge, Excel, LibreOffice) holds the workbook."""


class WorkbookNotFoundError(WorkbookError):
    """The spreadsheet does not exist (or the URL/key is wrong)."""

    exit_code = 2


class WorkbookAccessError(WorkbookError):
    """The credentials are valid but may not open or edit this spreadsheet."""

    exit_code = 2


class AuthError(WorkbookError):
    """Credentials are missing, unreadable or rejected."""

    exit_code = 2


class WorkbookFullError(WorkbookError):
    """Writing would pass the spreadsheet's size limit."""


class SchemaError(WorkbookError):
    """A tab's header row does not match what sheets-bridge expects."""


class BackendUnavailableError(WorkbookError):
    """The backend kept failing with a temporary error (quota, 5xx, network); try again later."""


class DeliveryError(SheetsBridgeError):
    """The weekly report could not be sent (e-mail or Telegram); the message names what to fix. The job tries
    again at its next pass."""
