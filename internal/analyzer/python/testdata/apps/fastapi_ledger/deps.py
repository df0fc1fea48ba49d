"""Shared dependencies."""
from typing import Optional

from fastapi import Depends, Query
from sqlalchemy.orm import Session

from .db import get_db
from .repository import InvoiceRepository


def pagination(
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    sort: str = Query("created_at"),
) -> dict:
    return {"limit": limit, "offset": offset, "sort": sort}


def safe_pagination(limit: int = 50, offset: int = 0, order: Optional[str] = None) -> dict:
    columns = {"date": "created_at", "amount": "amount", "number": "number"}
    return {"limit": limit, "offset": offset, "sort": columns.get(order or "date", "created_at")}


def invoice_repo(db: Session = Depends(get_db)) -> InvoiceRepository:
    return InvoiceRepository(db)
