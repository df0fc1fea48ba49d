# AC-1 FALSE: app-specific @requires_auth decorator on every data route; webhook route verifies a signature instead
import hashlib
import hmac
import os
from functools import wraps

from flask import Flask, abort, g, jsonify, request

from models import Payment, lookup_api_token

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


def requires_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.user = lookup_api_token(request.headers.get("X-Api-Token", ""))
        if g.user is None:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.route("/payments")
@requires_auth
def payments():
    return jsonify([p.to_dict() for p in Payment.query.filter_by(user_id=g.user.id)])


@app.route("/payments/<int:pid>/refund", methods=["POST"])
@requires_auth
def refund(pid):
    Payment.query.filter_by(id=pid, user_id=g.user.id).first_or_404().refund()
    return jsonify(ok=True)


@app.route("/webhooks/psp", methods=["POST"])
def psp_webhook():
    sig = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, request.headers.get("X-Signature", "")):
        abort(403)
    return jsonify(received=True)
