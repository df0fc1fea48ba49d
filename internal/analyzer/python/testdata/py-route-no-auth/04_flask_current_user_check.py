# AC-1: handlers test current_user.is_authenticated; the payment-method listing does not
from flask import Flask, abort, jsonify
from flask_login import current_user

from models import PaymentMethod, Subscription

app = Flask(__name__)


@app.route("/billing/subscription")
def subscription():
    if not current_user.is_authenticated:
        abort(401)
    return jsonify(Subscription.for_user(current_user.id).to_dict())


@app.route("/billing/cancel", methods=["POST"])
def cancel():
    if not current_user.is_authenticated:
        abort(401)
    Subscription.for_user(current_user.id).cancel()
    return jsonify(ok=True)


@app.route("/billing/payment-methods/<int:user_id>")
def payment_methods(user_id):  # want: PY-ROUTE-NO-AUTH
    return jsonify([m.masked() for m in PaymentMethod.query.filter_by(user_id=user_id)])


@app.route("/pricing")
def pricing():
    return jsonify(plans=["basic", "pro"])
