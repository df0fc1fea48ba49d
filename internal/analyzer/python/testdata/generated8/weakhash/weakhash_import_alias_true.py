# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=flask shape=import_alias expected=true
from hashlib import sha1 as fingerprint
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakhash_import_alias", methods=["GET", "POST"])
def case_import_alias():
    param = (request.get_json(silent=True) or {}).get("q", "")
    sig = fingerprint(param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(sig))
