"""LibreOffice converts a document that links a picture by URL without fetching it: a local HTTP server
sees no request."""
import http.server
import threading
import urllib.request

import pytest

from organiser.documents.pdf import convert_to_pdf, libreoffice

pytestmark = [pytest.mark.slow, pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is not installed")]

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.fixture
def server():
    """An HTTP server on the loopback that notes every request it is sent."""
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _note(self):
            requests.append((self.command, self.path))
            self.send_response(404)
            self.end_headers()

        do_GET = do_HEAD = do_OPTIONS = do_POST = do_PROPFIND = _note

        def log_message(self, *arguments):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], requests
    httpd.shutdown()
    httpd.server_close()


def linked_picture_document(path, url):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("A letterhead whose emblem is linked, not embedded.")
    rid = document.part.relate_to(url, f"{R}/image", is_external=True)
    run = document.add_paragraph().add_run()
    run._r.append(parse_xml(
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        f'xmlns:r="{R}"><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Emblem"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        '<pic:nvPicPr><pic:cNvPr id="1" name="emblem.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:link="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing>'))
    document.save(str(path))
    return path


def test_a_linked_picture_is_not_fetched(tmp_path, server):
    port, requests = server
    url = f"http://127.0.0.1:{port}/emblem.png"
    with pytest.raises(urllib.error.HTTPError):  # the server answers and notes what it is sent
        urllib.request.urlopen(url, timeout=5)
    assert requests == [("GET", "/emblem.png")]
    requests.clear()

    source = linked_picture_document(tmp_path / "linked.docx", url)
    pdf = convert_to_pdf(source, tmp_path / "linked.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert requests == []


def test_the_work_folder_of_a_killed_conversion_is_removed_by_the_next(tmp_path):
    import os
    import tempfile
    import time
    from pathlib import Path

    from organiser.documents import pdf

    stale = Path(tempfile.mkdtemp(prefix=pdf.WORK_PREFIX))
    (stale / "profile").mkdir()
    fresh = Path(tempfile.mkdtemp(prefix=pdf.WORK_PREFIX))  # a conversion still running, perhaps
    long_ago = time.time() - 3 * pdf.TIMEOUT_SECONDS
    os.utime(stale, (long_ago, long_ago))
    try:
        pdf.remove_stale_work_folders()
        assert not stale.exists() and fresh.exists()
    finally:
        for folder in (stale, fresh):
            if folder.exists():
                os.rmdir(folder) if not any(folder.iterdir()) else None
