#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the .xlsx fixtures of the staff import tests (python3-openpyxl).

Run from anywhere with Debian's python3-openpyxl: /usr/bin/python3 tests/data/import/make_fixtures.py
The CSV fixtures beside this script are written by hand, byte for byte.
"""
import datetime
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
# Fixed timestamps so that regenerating gives the same bytes.
STAMP = datetime.datetime(2026, 11, 1, 8, 0, 0)


def save(wb, name):
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """openpyxl stamps zip entries with the current time; pin them."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def roster():
    """The BKPSDM's export: a notes sheet first, the roster on "Pegawai".

    Row 3's NIP is a number cell (Excel kept 15 digits), birth dates are real date cells,
    titles come in their own columns, one unit name differs only in case and spaces.
    """
    wb = Workbook()
    notes = wb.active
    notes.title = "Keterangan"
    notes["A1"] = "Data pegawai per 1 November 2026"
    notes["A2"] = "Sumber: BKPSDM Kabupaten Sukamaju"

    ws = wb.create_sheet("Pegawai")
    ws.append(["No", "NIP_Baru", "Gelar Depan", "Nama", "Gelar Belakang", "JK", "Tgl. Lahir",
               "Gol", "Nama Jabatan", "Unit Kerja", "Jenis Pegawai"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    rows = [
        [1, "198703152010121002", "Drs. H.", "Agus Mulyadi", "M.Si.", "L", datetime.date(1987, 3, 15),
         "III/b", "Kepala Seksi", "Dinas Kesehatan", "PNS"],
        [2, 199001012015032003, None, "Siti Rahmawati", "S.Pd", "P", datetime.date(1990, 1, 1),
         "III/a", "Guru", "Dinas Pendidikan dan Kebudayaan", "PNS"],
        [3, "19880512 202221 2 003", None, "Rina Wulandari", "S.Kep", "P", datetime.date(1988, 5, 12),
         "IX", "Perawat", "  dinas   KESEHATAN ", "PPPK"],
        [4, "'199203202019031005", "dr.", "Bambang Sutrisno", None, "L", datetime.date(1992, 3, 20),
         "3c", "Dokter", "Kecamatan Sukamaju", "PNS"],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=7, max_col=7):
        for cell in row:
            cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["B"].width = 22
    save(wb, "roster.xlsx")


def empty():
    wb = Workbook()
    wb.active.title = "Pegawai"
    save(wb, "empty.xlsx")


def raw_features():
    """A workbook written by hand (as other producers do) for what openpyxl never writes:
    inline strings, cells left out (r="C2" after A2), a row gap, booleans, errors, a
    formula with a cached string, a custom date format, rich-text shared strings with
    phonetic runs, and the 1904 date system on a second sheet."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}>'
            '<sheets><sheet name="Data" sheetId="1" r:id="rId7"/><sheet name="Tanggal 1904" sheetId="2" r:id="rId8"/></sheets>'
            '</workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/other.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>',
        "xl/sharedStrings.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="3" uniqueCount="3">'
            '<si><t>NIP</t></si>'
            '<si><r><rPr><b/></rPr><t>Nama </t></r><r><t>Lengkap</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'
            '<si><t xml:space="preserve"> spasi </t></si>'
            '</sst>',
        "xl/styles.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}>'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-421]d\\ mmmm\\ yyyy"/>'
            '<numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts>'
            '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
            '<xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>'
            '</styleSheet>',
        "xl/worksheets/data.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><dimension ref="A1:F6"/>'
            '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Tanggal</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>198703152010121002</t></is></c>'
            '<c r="C2" s="1"><v>31851</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c></row>'
            '<row r="3"><c r="A3"><v>1.98703152010121E+17</v></c><c r="B3" t="s"><v>2</v></c>'
            '<c r="C3" s="2"><v>45623</v></c><c r="D3" s="3"><v>1500000</v></c><c r="E3" t="b"><v>0</v></c></row>'
            '<row r="4"><c r="A4" s="4"/><c r="B4" t="s"/></row>'
            '<row r="6"><c r="B6" t="str"><f>UPPER("a")</f><v>A</v></c><c r="D6"><v>2.5</v></c>'
            '<c r="AA6" t="inlineStr"><is><r><t>kaya</t></r><r><t> teks</t></r></is></c></row>'
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:A1"/></mergeCells></worksheet>',
        "xl/worksheets/other.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
            '<row><c t="inlineStr"><is><t>satu</t></is></c><c><v>7</v></c></row>'
            '</sheetData></worksheet>',
    }
    path = os.path.join(HERE, "reader_features.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    # The same parts with the 1904 date system switched on.
    files["xl/workbook.xml"] = files["xl/workbook.xml"].replace("<sheets>", '<workbookPr date1904="1"/><sheets>')
    path = os.path.join(HERE, "reader_1904.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def not_spreadsheets():
    # A PDF saved with the wrong name, and a zip that holds no workbook.
    with open(os.path.join(HERE, "not_a_spreadsheet.xlsx"), "wb") as f:
        f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01\x02\x03\ntrailer\n%%EOF\n")
    path = os.path.join(HERE, "zip_not_workbook.xlsx")
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("readme.txt", date_time=(2026, 11, 1, 8, 0, 0))
        z.writestr(info, "bukan buku kerja")


def google_forms():
    """The XLSX twin of google_forms_noisy.csv, as Google Forms' sheet downloads it: the
    timestamps are real datetime cells (but the unreadable one, text), NIPs are text except
    Hendra Gunawan's, which a spreadsheet turned into a number (its last digits gone)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form Responses 1"
    ws.append(["Timestamp", "Nama Lengkap", "NIP", "Unit Kerja"])

    def at(h, m, s):
        return datetime.datetime(2023, 11, 28, h, m, s)

    rows = [
        [at(10, 15, 40), "Drs. H. Agus Mulyadi, M.Si.", "19870315 201012 1 002", "Dinas Kesehatan"],
        [at(9, 7, 30), "Siti Rahmawati, S.Pd", "19900101.201503.2.003", "Dinas Pendidikan"],
        [at(9, 10, 0), "JOKO SANTOSO", "'198012312005011007", "Kecamatan Sukamaju"],
        [at(9, 12, 45), "rina wulandari, S.Kep", "19880512 201212 2 001", "Dinas Kesehatan"],
        [at(9, 15, 2), "Andi Pratama", "199512122020121001", "Dinas Kesehatan"],
        [at(9, 5, 12), "Agus Mulyadi", "198703152010121002", "Dinas Kesehatan"],
        [at(9, 20, 11), "Budi Santoso", None, "Dinas Pendidikan"],
        [at(9, 21, 30), "Dewi Lestari, S.Pd", None, "Dinas Pendidikan"],
        [at(9, 22, 5), "Ir. Ahmad Fauzi, S.T.", None, "Dinas Kesehatan"],
        [at(9, 25, 47), "nur hidayah", None, "Dinas Kesehatan"],
        [at(9, 30, 0), "Hendra Gunawan", 198306172008011004, "Dinas Kesehatan"],
        [at(9, 31, 15), "Yanto", "1,98703E+17", "Dinas Pendidikan"],
        [at(9, 33, 33), "SLAMET RIYADI", None, "Kecamatan Sukamaju"],
        ["kemarin pagi", "Bambang Sutrisno", "199203202019031005", "Kecamatan Sukamaju"],
        [at(11, 2, 0), "Siti Rahmawati", None, "Dinas Pendidikan"],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=1, max_col=1):
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm:ss"
    save(wb, "google_forms_noisy.xlsx")


if __name__ == "__main__":
    google_forms()
    roster()
    empty()
    raw_features()
    not_spreadsheets()
