"""Invoice import from the accounting package's XML export."""
from decimal import Decimal

import defusedxml.ElementTree as SafeET
from lxml import etree

_legacy_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
_strict_parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_invoices_legacy(data: bytes) -> list:
    root = etree.fromstring(data, _legacy_parser)  # want: PY-XXE
    out = []
    for node in root.iter("invoice"):
        out.append({"number": node.findtext("number"), "customer": node.findtext("customer"), "amount": Decimal(node.findtext("amount") or "0")})
    return out


def parse_invoices(data: bytes) -> list:
    root = SafeET.fromstring(data)
    out = []
    for node in root.iter("invoice"):
        out.append({"number": node.findtext("number"), "customer": node.findtext("customer"), "amount": Decimal(node.findtext("amount") or "0")})
    return out


def parse_strict(data: bytes):
    return etree.fromstring(data, _strict_parser)


def find_by_customer(data: bytes, customer: str) -> list:
    root = etree.fromstring(data, _strict_parser)
    return root.xpath("//invoice[customer='" + customer + "']/number/text()")  # want: PY-XPATH-INJECTION


def find_by_customer_safe(data: bytes, customer: str) -> list:
    root = etree.fromstring(data, _strict_parser)
    return root.xpath("//invoice[customer=$c]/number/text()", c=customer)
