# JWT no verify: python-jose get_unverified_claims result used for an admin check
from flask import Flask, abort, jsonify, request
from jose import jwt

app = Flask(__name__)


@app.route("/admin/stats")
def admin_stats():
    token = request.cookies.get("access_token", "")
    claims = jwt.get_unverified_claims(token)  # want: PY-JWT-NO-VERIFY
    if claims.get("role") != "admin":
        abort(403)
    return jsonify(users=1234)
