"""Request and response bodies."""
from decimal import Decimal
from typing import Annotated, List, Literal, Optional

from pydantic import BaseModel, Field, HttpUrl, field_validator

CURRENCIES = {"EUR", "USD", "GBP", "CHF"}


class LoginIn(BaseModel):
    username: str
    password: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class AccountIn(BaseModel):
    email: str
    name: Annotated[str, Field(max_length=120)]
    password: str


class ProfileIn(BaseModel):
    name: Optional[str] = None
    signature_html: Optional[str] = None


class InvoiceIn(BaseModel):
    number: str
    customer: str
    amount: Annotated[Decimal, Field(gt=0)]
    currency: str = "EUR"
    note: Optional[str] = None
    callback_url: Optional[HttpUrl] = None

    @field_validator("customer")
    @classmethod
    def strip_customer(cls, v: str) -> str:
        # only tidies the value: anything still goes through
        return v.strip()


class InvoiceOut(BaseModel):
    id: int
    number: str
    customer: str
    amount: Decimal
    currency: str
    status: str


class InvoiceQuery(BaseModel):
    customer: Optional[str] = None
    min_amount: Optional[float] = None
    limit: Annotated[int, Field(ge=1, le=200)] = 50


class BulkStatusIn(BaseModel):
    ids: List[int]
    status: str


class EmailPreviewIn(BaseModel):
    subject: str
    greeting: str
    template: Optional[str] = None


class WebhookIn(BaseModel):
    url: str
    event: str = "invoice.paid"


class ReportIn(BaseModel):
    title: str
    expression: str
