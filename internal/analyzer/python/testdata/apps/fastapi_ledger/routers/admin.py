"""Back-office endpoints (admins only, see the router's dependencies)."""
import base64
import logging
import pickle
import subprocess
from decimal import Decimal

import yaml
from fastapi import APIRouter, Cookie, Depends, File, HTTPException, UploadFile
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Account
from ..schemas import ReportIn, WebhookIn
from ..security import create_access_token, require_admin
from ..services import webhooks

log = logging.getLogger("ledger.admin")

router = APIRouter(dependencies=[Depends(require_admin)])

MAINTENANCE_TABLES = {"invoices", "accounts", "audit_log"}
FORMULA_NAMES = {"Decimal": Decimal, "round": round, "sum": sum, "len": len}


@router.post("/reports/formula")
def run_formula(body: ReportIn, db: Session = Depends(get_db)):
    rows = db.execute(text("SELECT amount FROM invoices")).scalars().all()
    value = eval(body.expression, {"__builtins__": {}}, {"amounts": rows, **FORMULA_NAMES})  # want: PY-CODE-INJECTION
    return {"title": body.title, "value": str(value)}


@router.post("/config/import")
async def import_config(file: UploadFile = File(...)):
    raw = await file.read()
    cfg = yaml.load(raw, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    return {"keys": sorted(cfg)}


@router.post("/config/import-v2")
async def import_config_v2(file: UploadFile = File(...)):
    raw = await file.read()
    cfg = yaml.safe_load(raw)
    return {"keys": sorted(cfg)}


@router.get("/filters/restore")
def restore_filter(saved_filter: str = Cookie(default="")):
    flt = pickle.loads(base64.b64decode(saved_filter))  # want: PY-DESERIALIZATION
    return {"filter": flt}


@router.post("/maintenance/vacuum")
def vacuum(table: str, db: Session = Depends(get_db)):
    if table not in MAINTENANCE_TABLES:
        raise HTTPException(400, "unknown table")
    db.execute(text(f"VACUUM ANALYZE {table}"))
    return {"ok": True}


@router.post("/maintenance/reindex")
def reindex(table: str, db: Session = Depends(get_db)):
    db.execute(text("REINDEX TABLE " + table))  # want: PY-SQLI
    return {"ok": True}


@router.post("/maintenance/backup")
def backup(label: str):
    out = subprocess.run(["pg_dump", "--format=custom", "--file", "/backups/ledger.dump", "ledger"], capture_output=True, check=False)
    log.info("backup %s finished with %s", label, out.returncode)
    return {"rc": out.returncode}


@router.post("/maintenance/grep-logs")
def grep_logs(pattern: str):
    out = subprocess.run("grep -n '" + pattern + "' /var/log/ledger/app.log | tail -50", shell=True, capture_output=True, text=True)  # want: PY-CMDI
    return {"lines": out.stdout.splitlines()}


@router.post("/impersonate/{account_id}")
def impersonate(account_id: int, db: Session = Depends(get_db)):
    acct = db.get(Account, account_id)
    if acct is None:
        raise HTTPException(404)
    return {"access_token": create_access_token(acct.email, acct.role)}


@router.post("/webhooks/test")
def test_webhook(body: WebhookIn):
    return {"status": webhooks.notify_url(body.url, {"event": body.event, "test": True})}
