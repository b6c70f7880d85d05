"""The About box: the version, and the licences of what Porchlight bundles."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.identity import APP_NAME
from guides import __version__

ABOUT_HTML = """
<h2>{name} {version}</h2>
<p>Read something worthwhile together and talk it through: an article beside a discussion guide
made from it, highlights and notes, printable worksheets. Everything stays on this computer.</p>
<p>Licensed under the GNU General Public License, version 3 or later.</p>
<h3>Bundled with it</h3>
<ul>
<li><b>DejaVu fonts</b> (DejaVu Serif, DejaVu Sans): the Bitstream Vera licence, with the DejaVu
changes in the public domain. Used in the reader and in the worksheets.</li>
<li><b>World English Bible</b> (WEB): public domain. Verse text shown beside scripture references
and printed on worksheets.</li>
<li><b>Qt for Python</b> (PySide6 {pyside}): LGPL-3.0.</li>
</ul>
<p>The full licence texts come with the app, in <code>{folder}</code>.</p>
"""


def licence_folder() -> Path:
    """Where the licence texts are.

    In the installed app that is ``resources/licenses``, where the packaging
    gathers those of every bundled library; in a checkout, ``resources``.
    """
    from guides.resources import resource_path, resources_root

    gathered = resource_path("licenses")
    return gathered if gathered.is_dir() else resources_root()


def about_text() -> str:
    folder = html.escape(str(licence_folder()))
    return ABOUT_HTML.format(name=APP_NAME, version=__version__, pyside=pyside_version, folder=folder)


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setObjectName("about_box")
    box.setAccessibleName(f"About {APP_NAME}")
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
