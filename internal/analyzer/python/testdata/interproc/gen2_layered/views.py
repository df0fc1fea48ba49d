# gen2_layered: views call the service with request data
from flask import Blueprint, jsonify, request

from .services import UserService

bp = Blueprint("users", __name__)
service = UserService()


@bp.route("/users/search")
def search():
    return jsonify(service.search(request.args.get("q", "")))


@bp.route("/users/<uid>")
def get_user(uid):
    return jsonify(service.get(uid))


@bp.route("/users")
def listing():
    return jsonify(service.listing(request.args.get("sort", "name")))


@bp.route("/users/by-email")
def by_email():
    return jsonify(service.lookup_email(request.args.get("email", "")))
