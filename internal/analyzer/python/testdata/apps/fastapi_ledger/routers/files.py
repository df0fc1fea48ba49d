"""Attachments: receipts and logos uploaded for invoices."""
import logging
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from werkzeug.utils import secure_filename

from ..models import Account
from ..security import get_current_user
from ..settings import EGRESS_PROXY, UPLOAD_DIR

log = logging.getLogger("ledger.files")

router = APIRouter()

LOGO_HOSTS = {"cdn.ledger.example", "images.ledger.example"}


@router.post("/upload")
async def upload(file: UploadFile = File(...), user: Account = Depends(get_current_user)):
    dest = os.path.join(UPLOAD_DIR, str(user.id), file.filename)
    with open(dest, "wb") as out:  # want: PY-PATH-TRAVERSAL
        shutil.copyfileobj(file.file, out)
    return {"stored": file.filename}


@router.post("/upload-v2")
async def upload_v2(file: UploadFile = File(...), user: Account = Depends(get_current_user)):
    base = os.path.realpath(os.path.join(UPLOAD_DIR, str(user.id)))
    name = secure_filename(file.filename or "")
    if not name:
        raise HTTPException(400, "bad file name")
    dest = os.path.realpath(os.path.join(base, name))
    if not dest.startswith(base + os.sep):
        raise HTTPException(400, "bad file name")
    with open(dest, "wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"stored": name}


@router.get("/download/{name}")
def download(name: str, user: Account = Depends(get_current_user)):
    return FileResponse(os.path.join(UPLOAD_DIR, str(user.id), name))  # want: PY-PATH-TRAVERSAL


@router.get("/download-v2/{name}")
def download_v2(name: str, user: Account = Depends(get_current_user)):
    path = Path(UPLOAD_DIR) / str(user.id) / Path(name).name
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)


@router.get("/receipt")
def receipt(path: str, user: Account = Depends(get_current_user)):
    full = Path(UPLOAD_DIR) / str(user.id) / path
    return {"content": full.read_text()}  # want: PY-PATH-TRAVERSAL


@router.delete("/{name}")
def delete_file(name: str, user: Account = Depends(get_current_user)):
    os.remove(os.path.join(UPLOAD_DIR, str(user.id), name))  # want: PY-PATH-TRAVERSAL
    return {"deleted": name}


@router.delete("/v2/{name}")
def delete_file_v2(name: str, user: Account = Depends(get_current_user)):
    os.remove(os.path.join(UPLOAD_DIR, str(user.id), os.path.basename(name)))
    return {"deleted": name}


@router.post("/logo-from-url")
def logo_from_url(url: str, user: Account = Depends(get_current_user)):
    resp = httpx.get(url, timeout=5, follow_redirects=True)  # want: PY-SSRF PY-HTTP-NO-PROXY
    dest = os.path.join(UPLOAD_DIR, str(user.id), "logo.png")
    with open(dest, "wb") as out:
        out.write(resp.content)
    return {"size": len(resp.content)}


@router.post("/logo-from-url-v2")
def logo_from_url_v2(url: str, user: Account = Depends(get_current_user)):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in LOGO_HOSTS:
        raise HTTPException(400, "logo must come from the CDN")
    with httpx.Client(proxy=EGRESS_PROXY, timeout=5) as client:
        resp = client.get(url)
    dest = os.path.join(UPLOAD_DIR, str(user.id), "logo.png")
    with open(dest, "wb") as out:
        out.write(resp.content)
    return {"size": len(resp.content)}
