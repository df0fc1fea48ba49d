# AC-2: manage/* routes check current_user.is_admin inline; manage_coupons only requires login
from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from models import Coupon, Product, db

app = Flask(__name__)


@app.route("/manage/products", methods=["POST"])
@login_required
def manage_products():
    if not current_user.is_admin:
        abort(403)
    db.session.add(Product(name=str(request.get_json()["name"])))
    db.session.commit()
    return jsonify(ok=True)


@app.route("/manage/products/<int:pid>", methods=["DELETE"])
@login_required
def manage_delete_product(pid):
    if not current_user.is_admin:
        abort(403)
    Product.query.filter_by(id=pid).delete()
    db.session.commit()
    return jsonify(ok=True)


@app.route("/manage/coupons", methods=["POST"])
@login_required
def manage_coupons():  # want: PY-ROUTE-NO-ROLE
    db.session.add(Coupon(code=str(request.get_json()["code"]), percent=int(request.get_json()["percent"])))
    db.session.commit()
    return jsonify(ok=True)
