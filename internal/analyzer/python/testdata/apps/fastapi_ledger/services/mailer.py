"""HTML e-mails for invoices (Jinja2) and their previews."""
import logging
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from ..settings import settings

log = logging.getLogger("ledger.mail")

# The e-mail templates on disk, escaped.
templates = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html"]))

# Snippets kept in the database ("invoice footer" etc.), written by staff.
snippets = Environment(autoescape=False)

# Customer-editable greetings.
sandbox = SandboxedEnvironment(autoescape=True)

INVOICE_MAIL = "<p>Dear {{ customer }},</p><p>{{ greeting }}</p><p>Amount due: {{ amount }}</p>"


def render_invoice_mail(customer: str, greeting: str, amount: str) -> str:
    tmpl = templates.get_template("invoice.html")
    return tmpl.render(customer=customer, greeting=greeting, amount=amount)


def render_custom(template_src: str, **context) -> str:
    return snippets.from_string(template_src).render(**context)  # want: PY-SSTI


def render_greeting(template_src: str, customer: str) -> str:
    return sandbox.from_string(template_src).render(customer=customer)


def render_inline(customer: str, greeting: str, amount: str) -> str:
    return snippets.from_string(INVOICE_MAIL).render(customer=customer, greeting=greeting, amount=amount)


def send_mail(to: str, subject: str, html: str) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "billing@ledger.example"
    msg["Subject"] = subject
    msg.set_content(html, subtype="html")
    with smtplib.SMTP(settings.smtp_host, 587) as smtp:
        smtp.starttls()
        log.info("smtp login as billing with password %s", settings.smtp_password)  # want: PY-LOG-SECRET
        smtp.login("billing", settings.smtp_password)
        smtp.send_message(msg)
