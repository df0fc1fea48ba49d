# AC-1: blueprint with login_required on most routes; two data routes (export, bulk update) lack it
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from models import Contact, db

bp = Blueprint("contacts", __name__, url_prefix="/contacts")


@bp.route("/")
@login_required
def list_contacts():
    return jsonify([c.to_dict() for c in Contact.query.filter_by(owner_id=current_user.id)])


@bp.route("/<int:cid>")
@login_required
def get_contact(cid):
    return jsonify(Contact.query.filter_by(id=cid, owner_id=current_user.id).first_or_404().to_dict())


@bp.route("/export.csv")
def export_contacts():  # want: PY-ROUTE-NO-AUTH
    rows = [f"{c.name},{c.email}" for c in Contact.query.all()]
    return "\n".join(rows), 200, {"Content-Type": "text/csv"}


@bp.route("/bulk", methods=["PATCH"])
def bulk_update():  # want: PY-ROUTE-NO-AUTH
    for item in request.get_json():
        Contact.query.filter_by(id=int(item["id"])).update({"starred": bool(item["starred"])})
    db.session.commit()
    return jsonify(ok=True)
