# JWT no verify: PyJWT decode with options={"verify_signature": False} to authorize a request
import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/api/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    if "sub" not in claims:
        abort(401)
    return jsonify(user=claims["sub"])
