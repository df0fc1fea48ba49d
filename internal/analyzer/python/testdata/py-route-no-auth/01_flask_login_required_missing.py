# AC-1: account routes use @login_required, but the address-book export has no check
from flask import Flask, jsonify
from flask_login import current_user, login_required

from models import Address, Order

app = Flask(__name__)


@app.route("/")
def index():
    return jsonify(shop="Acme")


@app.route("/account/orders")
@login_required
def my_orders():
    return jsonify([o.to_dict() for o in Order.query.filter_by(user_id=current_user.id)])


@app.route("/account/addresses")
@login_required
def my_addresses():
    return jsonify([a.to_dict() for a in Address.query.filter_by(user_id=current_user.id)])


@app.route("/account/addresses/export")
def export_addresses():  # want: PY-ROUTE-NO-AUTH
    return jsonify([a.to_dict() for a in Address.query.all()])
