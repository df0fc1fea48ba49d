# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=flask shape=hmac_sha256_string expected=false
import hmac
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

KEY = b"server-key"


@app.route("/weakhash_hmac_sha256_string", methods=["GET", "POST"])
def case_hmac_sha256_string():
    param = request.args.get("q", "")
    sig = hmac.new(KEY, param.encode("utf-8"), "sha256").hexdigest()
    return jsonify(result=str(sig))
