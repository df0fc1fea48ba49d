# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=flask shape=blake2b_digest expected=false
import hashlib
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_blake2b_digest", methods=["GET", "POST"])
def case_blake2b_digest():
    param = request.cookies.get("q", "")
    digest = hashlib.blake2b(param.encode("utf-8"), digest_size=16).hexdigest()
    return jsonify(result=str(digest))
