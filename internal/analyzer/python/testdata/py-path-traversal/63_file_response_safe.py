# PATH FALSE: FileResponse of a basename, of an allow-listed name, or of an
# integer id
import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

api = FastAPI()
BASE = "/srv/files"
REPORTS = {"daily", "weekly"}


@api.get("/files/{name}")
async def get_file(name: str):
    return FileResponse(os.path.join(BASE, os.path.basename(name)))


@api.get("/reports/{kind}")
async def report(kind: str):
    if kind not in REPORTS:
        return {"error": "unknown"}
    return FileResponse(f"{BASE}/{kind}.pdf")


@api.get("/invoices/{invoice_id}")
async def invoice(invoice_id: int):
    return FileResponse(path=f"{BASE}/invoices/{invoice_id}.pdf")
