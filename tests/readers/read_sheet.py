#!/usr/bin/python3
"""Reads an export back with readers that share no code with the product: Python's csv, openpyxl (XLSX), odfpy (ODS).

Usage: read_sheet.py FILE csv|xlsx|ods
Prints JSON: {"rows": [[{"type": "number"|"text"|"formula"|"empty", "value": ...}, ...], ...], "bom": bool, "separator": str}
"""
import csv
import io
import json
import sys
import zipfile


def cell(kind, value):
    return {"type": kind, "value": value}


def read_csv(path):
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    separator = ";" if text.split("\n", 1)[0].count(";") > 0 else ","
    rows = [[cell("text" if v else "empty", v) for v in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)]
    return {"rows": rows, "bom": bom, "separator": separator}


def read_xlsx(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        out = []
        for c in row:
            if c.value is None:
                out.append(cell("empty", None))
            elif c.data_type == "f":
                out.append(cell("formula", str(c.value)))
            elif c.data_type == "n":
                out.append({"type": "number", "value": float(c.value), "format": c.number_format})
            else:
                out.append(cell("text", str(c.value)))
        rows.append(out)
    return {"rows": rows}


def read_ods(path):
    from odf.opendocument import load
    from odf import table, text
    from odf.namespaces import OFFICENS, TABLENS
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        mimetype_first_stored = first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    doc = load(path)
    sheet = doc.spreadsheet.getElementsByType(table.Table)[0]
    rows = []
    for tr in sheet.getElementsByType(table.TableRow):
        out = []
        for tc in tr.getElementsByType(table.TableCell):
            kind = tc.attributes.get((OFFICENS, "value-type"))
            if tc.attributes.get((TABLENS, "formula")):
                out.append(cell("formula", tc.attributes.get((TABLENS, "formula"))))
            elif kind in ("float", "percentage", "currency"):
                out.append({"type": "number", "value": float(tc.attributes.get((OFFICENS, "value"))), "valueType": kind})
            elif kind == "string":
                out.append(cell("text", "".join(str(p) for p in tc.getElementsByType(text.P))))
            else:
                out.append(cell("empty", None))
        rows.append(out)
    return {"rows": rows, "mimetypeFirstStored": mimetype_first_stored}


if __name__ == "__main__":
    path, fmt = sys.argv[1], sys.argv[2]
    result = {"csv": read_csv, "xlsx": read_xlsx, "ods": read_ods}[fmt](path)
    json.dump(result, sys.stdout, ensure_ascii=False)
