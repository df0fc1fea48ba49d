"""Invoices: CRUD, exports, e-mail previews, XML import."""
import html
import logging
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, BackgroundTasks, Depends, File, HTTPException, Path, Query, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..db import get_db
from ..deps import invoice_repo, pagination, safe_pagination
from ..models import Account, Invoice
from ..repository import InvoiceRepository
from ..schemas import BulkStatusIn, EmailPreviewIn, InvoiceIn, InvoiceQuery
from ..security import get_current_user
from ..services import export, mailer, webhooks, xml_import

log = logging.getLogger("ledger.invoices")

router = APIRouter()



@router.get("/")
def list_invoices(user: Annotated[Account, Depends(get_current_user)], status: Optional[str] = None, page: dict = Depends(pagination), repo: InvoiceRepository = Depends(invoice_repo)):
    return repo.list_for(user.id, status, page)


@router.get("/sorted")
def list_sorted(user: Annotated[Account, Depends(get_current_user)], page: dict = Depends(safe_pagination), repo: InvoiceRepository = Depends(invoice_repo)):
    return repo.list_sorted(user.id, page["sort"], page["limit"])


@router.get("/by-number/{number}")
def by_number(number: str, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    row = repo.by_number(user.id, number)
    if row is None:
        raise HTTPException(404)
    return dict(row)


@router.get("/by-number-v2/{number}")
def by_number_v2(number: str, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    row = repo.by_number_safe(user.id, number)
    if row is None:
        raise HTTPException(404)
    return dict(row)


@router.get("/customers")
def customers(term: str, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    return repo.search_customers(user.id, term)


@router.get("/totals")
def totals(user: Annotated[Account, Depends(get_current_user)], currency: str = "EUR", repo: InvoiceRepository = Depends(invoice_repo)):
    return {"currency": currency, "total": repo.totals_by_currency(user.id, currency)}


@router.get("/{invoice_id}")
def get_invoice(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], db: Session = Depends(get_db)):
    row = db.execute(text(f"SELECT id, number, customer, amount, status FROM invoices WHERE id = {invoice_id} AND owner_id = {user.id}")).first()
    if row is None:
        raise HTTPException(404)
    return dict(row._mapping)


@router.post("/", status_code=201)
def create_invoice(body: InvoiceIn, background: BackgroundTasks, user: Annotated[Account, Depends(get_current_user)], db: Session = Depends(get_db)):
    inv = Invoice(number=body.number, customer=body.customer, amount=body.amount, currency=body.currency, note=body.note, owner_id=user.id)
    db.add(inv)
    db.commit()
    background.add_task(export.stamp_number, body.number)
    if body.callback_url:
        background.add_task(webhooks.notify_url, str(body.callback_url), {"event": "invoice.created", "id": inv.id})
    background.add_task(webhooks.notify_partner_v2, {"event": "invoice.created", "id": inv.id})
    return {"id": inv.id}


@router.post("/bulk-status")
def bulk_status(body: BulkStatusIn, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    repo.mark_status(user.id, body.ids, body.status)
    return {"updated": len(body.ids)}


@router.post("/report")
def report(q: InvoiceQuery, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    rows = repo.report_rows_legacy(user.id, q.customer or "")
    return {"rows": [list(r) for r in rows][: q.limit]}


@router.get("/report/{year}")
def report_year(year: int, customer: str, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    return {"rows": [list(r) for r in repo.report_rows(user.id, customer, year)]}


@router.get("/{invoice_id}/preview", response_class=HTMLResponse)
def preview(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], highlight: str = "", repo: InvoiceRepository = Depends(invoice_repo)):
    inv = repo.get(user.id, invoice_id)
    if inv is None:
        raise HTTPException(404)
    body = f"<h1>Invoice {inv.number}</h1><p class='hl'>{highlight}</p>"
    return HTMLResponse(content=body)  # want: PY-XSS


@router.get("/{invoice_id}/preview-safe", response_class=HTMLResponse)
def preview_safe(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], highlight: str = "", repo: InvoiceRepository = Depends(invoice_repo)):
    inv = repo.get(user.id, invoice_id)
    if inv is None:
        raise HTTPException(404)
    return HTMLResponse(content=f"<h1>Invoice {html.escape(inv.number)}</h1><p>{html.escape(highlight)}</p>")


@router.get("/{invoice_id}/note", response_class=PlainTextResponse)
def note_text(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], suffix: str = "", repo: InvoiceRepository = Depends(invoice_repo)):
    inv = repo.get(user.id, invoice_id)
    return PlainTextResponse((inv.note or "") + suffix)


@router.post("/email-preview")
def email_preview(body: EmailPreviewIn, user: Annotated[Account, Depends(get_current_user)]):
    if body.template:
        return {"html": mailer.render_custom(body.template, subject=body.subject, greeting=body.greeting)}
    return {"html": mailer.render_invoice_mail(user.name, body.greeting, "0.00")}


@router.post("/email-preview-inline", response_class=HTMLResponse)
def email_preview_inline(body: EmailPreviewIn, user: Annotated[Account, Depends(get_current_user)]):
    page = mailer.render_inline(user.name, body.greeting, "0.00")
    return HTMLResponse(page)  # want: PY-XSS


@router.post("/greeting-preview", response_class=HTMLResponse)
def greeting_preview(body: EmailPreviewIn, user: Annotated[Account, Depends(get_current_user)]):
    return HTMLResponse(mailer.render_greeting(body.template or "Hello {{ customer }}", user.name))


@router.get("/{invoice_id}/pdf")
def invoice_pdf(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], filename: str = Query("invoice"), repo: InvoiceRepository = Depends(invoice_repo)):
    inv = repo.get(user.id, invoice_id)
    if inv is None:
        raise HTTPException(404)
    path = export.html_to_pdf(mailer.render_invoice_mail(inv.customer, "", str(inv.amount)), filename)
    return FileResponse(path, media_type="application/pdf")  # want: PY-PATH-TRAVERSAL


@router.get("/{invoice_id}/pdf-v2")
def invoice_pdf_v2(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], repo: InvoiceRepository = Depends(invoice_repo)):
    inv = repo.get(user.id, invoice_id)
    if inv is None:
        raise HTTPException(404)
    path = export.html_to_pdf_safe(mailer.render_invoice_mail(inv.customer, "", str(inv.amount)), inv.id)
    return FileResponse(path, media_type="application/pdf")


@router.get("/export/stats")
def export_stats(user: Annotated[Account, Depends(get_current_user)], column: str = "amount", fmt: Literal["csv", "json"] = "csv"):
    path = "/var/lib/ledger/exports/%d.csv" % user.id
    return {"stats": export.csv_stats(path, column), "format": fmt}


@router.get("/export/archive")
def export_archive(user: Annotated[Account, Depends(get_current_user)], label: str = "ledger export"):
    path = "/var/lib/ledger/exports/%d.csv" % user.id
    return FileResponse(export.compress_export(path, label))


@router.post("/import")
async def import_xml(user: Annotated[Account, Depends(get_current_user)], file: UploadFile = File(...), legacy: bool = False, db: Session = Depends(get_db)):
    data = await file.read()
    if legacy:
        items = xml_import.parse_invoices_legacy(data)
    else:
        items = xml_import.parse_invoices(data)
    for it in items:
        db.add(Invoice(number=it["number"], customer=it["customer"], amount=it["amount"], owner_id=user.id))
    db.commit()
    return {"imported": len(items)}


@router.post("/import/find")
async def import_find(user: Annotated[Account, Depends(get_current_user)], customer: str, file: UploadFile = File(...)):
    data = await file.read()
    return {"numbers": xml_import.find_by_customer(data, customer), "safe": xml_import.find_by_customer_safe(data, customer)}


@router.post("/{invoice_id}/ping")
def ping_callback(invoice_id: int, user: Annotated[Account, Depends(get_current_user)], url: str):
    return {"reachable": webhooks.ping_customer(url)}
