"""Data access for invoices: the ORM where it was easy, SQL where it was not."""
from typing import Optional

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from .db import raw_cursor
from .models import Invoice

SORTABLE = {"created_at", "amount", "number", "customer"}


class InvoiceRepository:
    def __init__(self, db: Session):
        self.db = db

    def get(self, owner_id: int, invoice_id: int) -> Optional[Invoice]:
        stmt = select(Invoice).where(Invoice.id == invoice_id, Invoice.owner_id == owner_id)
        return self.db.scalars(stmt).first()

    def by_number(self, owner_id: int, number: str):
        sql = f"SELECT id, number, customer, amount FROM invoices WHERE owner_id = {owner_id} AND number = '{number}'"
        return self.db.execute(text(sql)).mappings().first()  # want: PY-SQLI

    def by_number_safe(self, owner_id: int, number: str):
        stmt = text("SELECT id, number, customer, amount FROM invoices WHERE owner_id = :o AND number = :n")
        return self.db.execute(stmt, {"o": owner_id, "n": number}).mappings().first()

    def list_for(self, owner_id: int, status: Optional[str], page: dict):
        where = f"owner_id = {owner_id}"
        if status:
            where += f" AND status = '{status}'"
        sql = (
            "SELECT id, number, customer, amount, currency, status FROM invoices "
            f"WHERE {where} ORDER BY {page['sort']} LIMIT {page['limit']} OFFSET {page['offset']}"
        )
        return self.db.execute(text(sql)).mappings().all()  # want: PY-SQLI

    def list_sorted(self, owner_id: int, sort: str, limit: int):
        if sort not in SORTABLE:
            sort = "created_at"
        sql = text(f"SELECT id, number, amount FROM invoices WHERE owner_id = :o ORDER BY {sort} DESC LIMIT :lim")
        return self.db.execute(sql, {"o": owner_id, "lim": limit}).mappings().all()

    def search_customers(self, owner_id: int, term: str):
        stmt = (
            select(Invoice.customer)
            .where(Invoice.owner_id == owner_id)
            .where(Invoice.customer.ilike(f"%{term}%"))
            .distinct()
        )
        return self.db.scalars(stmt).all()

    def totals_by_currency(self, owner_id: int, currency: str):
        stmt = text("SELECT sum(amount) FROM invoices WHERE owner_id = :o AND currency = :c").bindparams(
            bindparam("o", owner_id), bindparam("c", currency)
        )
        return self.db.execute(stmt).scalar()

    def mark_status(self, owner_id: int, ids, status: str):
        stmt = (
            update(Invoice)
            .where(Invoice.owner_id == owner_id, Invoice.id.in_(ids))
            .values(status=status)
        )
        self.db.execute(stmt)
        self.db.commit()

    def report_rows(self, owner_id: int, customer: str, year: int):
        conn, cur = raw_cursor()
        try:
            cur.execute(
                "SELECT number, customer, amount FROM invoices WHERE owner_id = %s AND customer = %s "
                "AND extract(year from created_at) = %s",
                (owner_id, customer, year),
            )
            return cur.fetchall()
        finally:
            conn.close()

    def report_rows_legacy(self, owner_id: int, customer: str):
        conn, cur = raw_cursor()
        try:
            cur.execute("SELECT number, customer, amount FROM invoices WHERE owner_id = %d AND customer LIKE '%%%s%%'" % (owner_id, customer))  # want: PY-SQLI
            return cur.fetchall()
        finally:
            conn.close()
