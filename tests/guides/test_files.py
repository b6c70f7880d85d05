"""Writing never leaves half a file over a good one, and a bad folder says so in one line.

guides.files.write_atomically is the one writer of whole files (worksheets, exports, backups,
settings); a caller may name its own one-line error, as the worksheet does.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

import pytest

from guides.files import WriteError, write_atomically, write_text_atomically
from guides.worksheet.errors import WorksheetError, WorksheetWriteError


def test_writes_the_file_and_leaves_no_temporary_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    write_atomically(target, lambda f: f.write(b"%PDF-new"))
    assert target.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_failure_while_producing_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-good")

    def half_then_fail(handle: BinaryIO) -> None:
        handle.write(b"%PDF-half")
        raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError, match="layout failed"):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"%PDF-good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        write_atomically(tmp_path / "nowhere" / "out.pdf", lambda f: None)
    message = str(info.value)
    assert "\n" not in message and "does not exist" in message and "out.pdf" in message
    assert isinstance(info.value, OSError)


def test_a_caller_names_its_own_error(tmp_path: Path) -> None:
    with pytest.raises(WorksheetWriteError) as info:
        write_atomically(tmp_path / "nowhere" / "out.pdf", lambda f: None, error=WorksheetWriteError)
    assert isinstance(info.value, WorksheetError) and "does not exist" in str(info.value)


def test_text_is_written_whole_as_utf8(tmp_path: Path) -> None:
    target = write_text_atomically(tmp_path / "notes.md", "“Small hinges”\n")
    assert target.read_bytes() == "“Small hinges”\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(WriteError):
        write_atomically(tmp_path / "notes.txt" / "out.pdf", lambda f: None)


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        write_atomically(tmp_path, lambda f: None)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="permission denied"):
            write_atomically(folder / "out.pdf", lambda f: None)
    finally:
        folder.chmod(0o700)


def test_permission_denied_is_reported_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can write anywhere, so the refusal a normal user gets is made here.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError) as info:
        write_atomically(tmp_path / "out.pdf", lambda f: None)
    assert str(info.value).startswith("Cannot write out.pdf in ")
    assert "permission denied" in str(info.value)


def test_a_full_disk_removes_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-good")

    def disk_full(handle: BinaryIO) -> None:
        handle.write(b"%PDF")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError, match="disk is full"):
        write_atomically(target, disk_full)
    assert target.read_bytes() == b"%PDF-good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
