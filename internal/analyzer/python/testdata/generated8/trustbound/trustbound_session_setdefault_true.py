# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=session_setdefault expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_session_setdefault", methods=["GET", "POST"])
def case_session_setdefault():
    param = request.form.get("q", "")
    session.setdefault("nickname", param)  # want: PY-TRUST-BOUNDARY
    return jsonify(result=str("ok"))
