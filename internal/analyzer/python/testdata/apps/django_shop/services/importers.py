"""Catalogue imports from suppliers and backups."""
import base64
import logging
import pickle

import yaml
from defusedxml import ElementTree as SafeET
from lxml import etree

from ..models import Product

logger = logging.getLogger("shop.import")


def import_supplier_xml(data):
    # Supplier feeds use an internal DTD for their entity shortcuts.
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(data, parser)  # want: PY-XXE
    count = 0
    for item in root.iter("item"):
        Product.objects.update_or_create(
            slug=item.findtext("sku"),
            defaults={"name": item.findtext("name"), "price": item.findtext("price"), "category": item.findtext("category")},
        )
        count += 1
    return count


def import_partner_xml(data):
    root = SafeET.fromstring(data)
    count = 0
    for item in root.iter("item"):
        Product.objects.filter(slug=item.findtext("sku")).update(stock=int(item.findtext("stock") or 0))
        count += 1
    return count


def import_price_list(data):
    doc = yaml.load(data, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    return _apply_prices(doc)


def import_price_list_safe(data):
    return _apply_prices(yaml.safe_load(data))


def _apply_prices(doc):
    count = 0
    for slug, price in (doc or {}).items():
        count += Product.objects.filter(slug=str(slug)).update(price=price)
    return count


def restore_backup(blob):
    # backups are made by dump_catalogue() below and uploaded by staff
    products = pickle.loads(base64.b64decode(blob))  # want: PY-DESERIALIZATION
    for p in products:
        p.save()
    logger.info("restored %d products", len(products))
    return len(products)


def dump_catalogue():
    return base64.b64encode(pickle.dumps(list(Product.objects.all())))
