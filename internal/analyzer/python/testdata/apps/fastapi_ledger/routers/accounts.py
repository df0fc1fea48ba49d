"""Accounts: login, registration, profile."""
import html
import logging
from typing import Optional

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db import get_db
from ..models import Account
from ..schemas import AccountIn, LoginIn, ProfileIn, TokenOut
from ..security import (
    create_access_token,
    get_current_user,
    hash_password,
    new_reset_token,
    peek_claims,
    verify_password,
)

log = logging.getLogger("ledger.accounts")

router = APIRouter()

ACCOUNT_SORT = {"name": Account.name, "email": Account.email, "created": Account.created_at}
SAFE_NEXT = {"/app", "/app/invoices", "/app/settings"}


@router.post("/login", response_model=TokenOut)
def login(body: LoginIn, db: Session = Depends(get_db)):  # want: PY-NO-MFA
    log.info("login attempt for %s", body.username)
    row = db.execute(text(f"SELECT id, email, password_hash, role FROM accounts WHERE email = '{body.username}'")).first()  # want: PY-SQLI
    if row is None or not verify_password(body.password, row.password_hash):
        raise HTTPException(status_code=401, detail="Invalid credentials")  # want: PY-LOG-NO-SECURITY-EVENT
    return TokenOut(access_token=create_access_token(row.email, row.role))


@router.post("/refresh", response_model=TokenOut)
def refresh(authorization: str = Header(...)):  # want: PY-ROUTE-NO-AUTH
    claims = peek_claims(authorization.removeprefix("Bearer "))
    return TokenOut(access_token=create_access_token(claims["sub"], claims.get("role", "member")))


@router.post("/register", status_code=201)
def register(body: AccountIn, db: Session = Depends(get_db)):
    log.info("new account %s (password %s)", body.email, body.password)  # want: PY-LOG-SECRET
    acct = Account(email=body.email, name=body.name, password_hash=hash_password(body.password))
    db.add(acct)
    db.commit()
    return {"id": acct.id}


@router.get("/me")
def me(user: Account = Depends(get_current_user)):
    return {"id": user.id, "email": user.email, "name": user.name, "role": user.role}


@router.put("/me/profile")
def update_profile(body: ProfileIn, user: Account = Depends(get_current_user), db: Session = Depends(get_db)):
    if body.name:
        db.execute(text("UPDATE accounts SET name = :n WHERE id = :i"), {"n": body.name, "i": user.id})
    if body.signature_html is not None:
        db.execute(text("UPDATE accounts SET signature = '%s' WHERE id = %d" % (body.signature_html, user.id)))  # want: PY-SQLI
    db.commit()
    return {"ok": True}


@router.get("/me/signature-preview", response_class=HTMLResponse)
def signature_preview(sig: str = Query(""), user: Account = Depends(get_current_user)):
    return HTMLResponse("<div class='sig'>" + sig + "</div>")  # want: PY-XSS


@router.get("/me/greeting", response_class=HTMLResponse)
def greeting(name: str = Query("friend"), user: Account = Depends(get_current_user)):
    return HTMLResponse("<h1>Hello " + html.escape(name) + "</h1>")


@router.get("/search")
def search_accounts(
    name: Optional[str] = None,
    order: str = "name",
    db: Session = Depends(get_db),
    user: Account = Depends(get_current_user),
):
    stmt = select(Account.id, Account.name)
    if name:
        stmt = stmt.where(Account.name.ilike(f"%{name}%"))
    stmt = stmt.order_by(text(order))  # want: PY-SQLI
    return [dict(r._mapping) for r in db.execute(stmt)]  # want: PY-SQLI


@router.get("/directory")
def directory(order: str = "name", db: Session = Depends(get_db), user: Account = Depends(get_current_user)):
    column = ACCOUNT_SORT.get(order, Account.name)
    return [dict(r._mapping) for r in db.execute(select(Account.id, Account.name).order_by(column))]


@router.get("/lookup")
def lookup(email: str, db: Session = Depends(get_db), user: Account = Depends(get_current_user)):
    row = db.execute(text("SELECT id, name FROM accounts WHERE email = :email"), {"email": email}).first()
    return {"found": row is not None}


@router.post("/password-reset")
def request_reset(email: str, db: Session = Depends(get_db)):
    acct = db.scalars(select(Account).where(Account.email == email)).first()
    if acct is not None:
        acct.reset_token = new_reset_token()
        db.commit()
    return {"sent": True}


@router.get("/continue")
def continue_to(next: str = "/app", user: Account = Depends(get_current_user)):
    return RedirectResponse(next)  # want: PY-OPEN-REDIRECT


@router.get("/continue-safe")
def continue_safe(next: str = "/app", user: Account = Depends(get_current_user)):
    if next not in SAFE_NEXT:
        next = "/app"
    return RedirectResponse(next)


@router.post("/logout")
def logout(response: Response, user: Account = Depends(get_current_user)):
    response.delete_cookie("ledger_session")
    return {"ok": True}
