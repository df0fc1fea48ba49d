# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=hmac_result_ignored expected=true
import base64
import hashlib
import hmac
import pickle
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

SECRET = b"server-secret"


@app.route("/deser_hmac_result_ignored", methods=["GET", "POST"])
def case_hmac_result_ignored():
    param = (request.get_json(silent=True) or {}).get("q", "")
    data = base64.b64decode(param)
    sig = request.args.get("sig", "")
    valid = hmac.compare_digest(sig, hmac.new(SECRET, data, hashlib.sha256).hexdigest())
    obj = pickle.loads(data)  # want: PY-DESERIALIZATION
    return jsonify(result=str([valid, type(obj).__name__]))
