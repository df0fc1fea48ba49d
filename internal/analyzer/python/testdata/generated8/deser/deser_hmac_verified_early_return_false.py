# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=hmac_verified_early_return expected=false
import base64
import hashlib
import hmac
import pickle
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

SECRET = b"server-secret"


@app.route("/deser_hmac_verified_early_return", methods=["GET", "POST"])
def case_hmac_verified_early_return():
    param = request.cookies.get("q", "")
    data = base64.b64decode(param)
    sig = request.args.get("sig", "")
    expected = hmac.new(SECRET, data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return jsonify(result=str("bad signature"))
    obj = pickle.loads(data)
    return jsonify(result=str(type(obj).__name__))
