"""JSON/XML API of safeshop."""
import logging

from flask import Blueprint, abort, current_app, jsonify, request, session
from lxml import etree

import auth
import db
import tools
from auth import admin_required, login_required

try:
    import pymongo
except ImportError:
    pymongo = None

try:
    import yaml
except ImportError:
    yaml = None

bp = Blueprint("api", __name__, url_prefix="/api")
log = logging.getLogger("safeshop.api")
DISCOUNTS = {"WELCOME10": 0.10, "LOYAL15": 0.15}


def _reviews():
    if pymongo is None:
        abort(503, "review store unavailable (pymongo not installed)")
    client = pymongo.MongoClient(current_app.config["MONGO_URI"], serverSelectionTimeoutMS=2000)
    return client.get_default_database().reviews


def _author(value):
    if not isinstance(value, str) or not value or len(value) > 64:
        abort(400, "author must be a non-empty string")
    return value


@bp.route("/token", methods=["POST"])
@login_required
def token():
    return jsonify(token=auth.issue_api_token(db.get_user(session["user_id"])))


@bp.route("/me")
def me():
    claims = auth.api_claims()
    if claims is None:
        abort(401)
    return jsonify(sub=claims["sub"], role=claims["role"])


@bp.route("/import", methods=["POST"])
@login_required
@admin_required
def import_products():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(request.get_data(), parser)
    except etree.XMLSyntaxError:
        abort(400, "malformed XML")
    if root.getroottree().docinfo.doctype:
        abort(400, "DTDs are not accepted")
    names = []
    for node in root.iter("product"):
        name = (node.findtext("name") or "").strip()[:100]
        try:
            price = float(node.findtext("price") or "0")
        except ValueError:
            abort(400, "bad price")
        db.add_product(name, price)
        names.append(name)
    log.info("imported %d products by %r", len(names), session["username"])
    return jsonify(imported=names)


@bp.route("/preview")
@login_required
def preview():
    url = request.args.get("url", "")
    if not tools.allowed_preview_url(url):
        log.warning("preview refused url=%r user=%r", url[:200], session.get("username"))
        abort(400, "host not allowed")
    resp = tools.outbound_session().get(url, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code, body=resp.text[:2000])


@bp.route("/stock")
def stock():
    warehouse = request.args.get("warehouse", "eu")
    pid = request.args.get("pid", "1")
    if warehouse not in current_app.config["STOCK_WAREHOUSES"] or not pid.isdigit():
        abort(400)
    url = current_app.config["STOCK_SERVICE"].format(warehouse=warehouse, pid=int(pid))
    resp = tools.outbound_session().get(url, timeout=5, allow_redirects=False)
    return jsonify(resp.json())


@bp.route("/discount")
def discount():
    rate = DISCOUNTS.get(request.args.get("code", "").upper())
    if rate is None:
        abort(404)
    return jsonify(rate=rate)


@bp.route("/reviews/search", methods=["POST"])
def reviews_search():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400)
    docs = _reviews().find({"author": _author(body.get("author"))})
    return jsonify([{"author": d.get("author"), "text": d.get("text")} for d in docs])


@bp.route("/reviews")
def reviews_by_author():
    docs = _reviews().find({"author": _author(request.args.get("author", ""))})
    return jsonify([{"author": d.get("author"), "text": d.get("text")} for d in docs])


@bp.route("/settings", methods=["POST"])
@login_required
@admin_required
def settings_import():
    if yaml is None:
        abort(503, "PyYAML not installed")
    try:
        settings = yaml.safe_load(request.get_data())
    except yaml.YAMLError:
        abort(400, "malformed YAML")
    if not isinstance(settings, dict):
        abort(400)
    return jsonify(loaded=sorted(str(k) for k in settings))
