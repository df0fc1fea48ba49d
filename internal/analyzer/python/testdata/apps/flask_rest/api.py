"""Items API blueprint."""
from urllib.parse import urlparse

import requests
import yaml
from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import text

from .extensions import ALLOWED_WEBHOOK_HOSTS, AVATAR_SERVICE, engine
from .security import login_required, peek_token

bp = Blueprint("api", __name__, url_prefix="/api/v1")

SORTABLE = ("name", "price", "created_at")


@bp.route("/items")
@login_required
def list_items():
    category = request.args.get("category", "")
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, name, price FROM items WHERE category = :c ORDER BY name"), {"c": category}
        ).all()
    return jsonify([dict(r._mapping) for r in rows])


@bp.route("/items/search")
@login_required
def search_items():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    stmt = text("SELECT id, name, price FROM items WHERE name LIKE '%{}%' ORDER BY {}".format(q, sort))  # want: PY-SQLI
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()  # want: PY-SQLI
    return jsonify([dict(r._mapping) for r in rows])


@bp.route("/items/<int:item_id>")
@login_required
def get_item(item_id):
    with engine.connect() as conn:
        row = conn.execute(text(f"SELECT id, name, price FROM items WHERE id = {item_id}")).first()
    if row is None:
        abort(404)
    return jsonify(dict(row._mapping))


@bp.route("/preview", methods=["POST"])
@login_required
def preview():
    # Fetches any URL the client names, from inside the network.
    url = request.get_json(force=True).get("url", "")
    resp = requests.get(url, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(status=resp.status_code, length=len(resp.content))


@bp.route("/webhook/test", methods=["POST"])
@login_required
def webhook_test():
    url = request.get_json(force=True).get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_WEBHOOK_HOSTS:
        abort(400)
    resp = requests.post(url, json={"text": "test"}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(status=resp.status_code)


@bp.route("/avatar/<username>")
def avatar(username):
    resp = requests.get(AVATAR_SERVICE + "/v1/avatars", params={"user": username}, timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(url=resp.json().get("url"))


@bp.route("/import", methods=["POST"])
@login_required
def import_items():
    docs = yaml.load(request.data, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    return jsonify(count=len(docs or []))


@bp.route("/import-safe", methods=["POST"])
@login_required
def import_items_safe():
    docs = yaml.safe_load(request.data)
    return jsonify(count=len(docs or []))


@bp.route("/tenant")
def tenant():
    claims = peek_token(request.headers.get("Authorization", "")[7:])
    return jsonify(tenant=claims.get("tenant"))


@bp.route("/me")
@login_required
def me():
    return jsonify(sub=g.claims["sub"], role=g.claims["role"])
