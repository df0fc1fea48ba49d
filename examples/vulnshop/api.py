"""JSON/XML API of vulnshop."""
from flask import Blueprint, abort, current_app, jsonify, request
from lxml import etree
import requests

import auth
import db
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


def _reviews():
    if pymongo is None:
        abort(503, "review store unavailable (pymongo not installed)")
    return pymongo.MongoClient(current_app.config["MONGO_URI"], serverSelectionTimeoutMS=2000).get_default_database().reviews


@bp.route("/token", methods=["POST"])
def token():
    user = db.find_user(request.form.get("username", ""))
    if user is None or not auth.check_password(user, request.form.get("password", "")):
        abort(401)
    return jsonify(token=auth.issue_api_token(user))


@bp.route("/me")
def me():
    claims = auth.api_claims()
    if claims is None:
        abort(401)
    return jsonify(claims)


@bp.route("/import", methods=["POST"])
def import_products():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    conn = db.get_db()
    names = []
    for node in root.iter("product"):
        name, price = node.findtext("name", ""), float(node.findtext("price", "0"))
        conn.execute("INSERT INTO products (name, description, price) VALUES (?, '', ?)", (name, price))
        names.append(name)
    conn.commit()
    return jsonify(imported=names)


@bp.route("/preview")
def preview():
    resp = requests.get(request.args["url"], timeout=5, verify=False)
    return jsonify(status=resp.status_code, body=resp.text[:2000])


@bp.route("/stock")
def stock():
    url = current_app.config["STOCK_SERVICE"].format(warehouse=request.args.get("warehouse", "eu"), pid=request.args.get("pid", "1"))
    resp = requests.get(url, timeout=5)
    return jsonify(resp.json())


@bp.route("/calc")
def calc():
    return jsonify(result=eval(request.args.get("expr", "0")))


@bp.route("/reviews/search", methods=["POST"])
def reviews_search():
    docs = _reviews().find(request.get_json(force=True))
    return jsonify([{"author": d.get("author"), "text": d.get("text")} for d in docs])


@bp.route("/reviews")
def reviews_by_author():
    author = request.args.get("author", "")
    docs = _reviews().find({"$where": "this.author == '" + author + "'"})
    return jsonify([{"author": d.get("author"), "text": d.get("text")} for d in docs])


@bp.route("/settings", methods=["POST"])
@login_required
@admin_required
def settings_import():
    if yaml is None:
        abort(503, "PyYAML not installed")
    settings = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(loaded=sorted(settings) if isinstance(settings, dict) else str(settings))
