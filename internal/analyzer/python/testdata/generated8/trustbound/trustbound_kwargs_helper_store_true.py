# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=kwargs_helper_store expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

def remember(store, **fields):
    for key, value in fields.items():
        store[key] = value  # want: PY-TRUST-BOUNDARY


@app.route("/trustbound_kwargs_helper_store", methods=["GET", "POST"])
def case_kwargs_helper_store():
    param = (request.get_json(silent=True) or {}).get("q", "")
    remember(session, role=param)  # want: PY-TRUST-BOUNDARY
    return jsonify(result=str("ok"))
