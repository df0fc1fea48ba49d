# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=stored_after_reassign_helper expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

def default_role(_requested):
    return "viewer"


@app.route("/trustbound_stored_after_reassign_helper", methods=["GET", "POST"])
def case_stored_after_reassign_helper():
    param = request.args.get("q", "")
    role = default_role(param)
    session["role"] = role
    return jsonify(result=str("ok"))
