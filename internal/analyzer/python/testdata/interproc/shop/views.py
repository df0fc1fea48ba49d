# interproc/shop: views pass request data through helpers (relative import) into db (absolute import); sinks are in db.py
from flask import Blueprint, jsonify, request

from shop.db import run_query, run_safe
from .helpers import build_search_sql, parse_page, normalise_category

bp = Blueprint("shop", __name__)


@bp.route("/search")
def search():
    sql = build_search_sql(request.args.get("q", ""))
    return jsonify(run_query(sql))


@bp.route("/category")
def category():
    cat = normalise_category(request.args.get("c", ""))
    return jsonify(run_safe("SELECT id, name FROM products WHERE category = ?", (cat,)))


@bp.route("/page")
def page():
    n = parse_page(request.args.get("page", "1"))
    return jsonify(run_query(f"SELECT id FROM products LIMIT 20 OFFSET {n * 20}"))
