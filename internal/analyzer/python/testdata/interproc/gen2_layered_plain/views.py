# gen2_layered_plain: view with a per-request service
from flask import Blueprint, jsonify, request

from .services import UserService

bp = Blueprint("users", __name__)


@bp.route("/users/search")
def search():
    return jsonify(UserService().search(request.args.get("q", "")))
