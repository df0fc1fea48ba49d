# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=local_session_alias expected=true
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_local_session_alias", methods=["GET", "POST"])
def case_local_session_alias():
    param = request.cookies.get("q", "")
    store = session
    store["coupon"] = param  # want: PY-TRUST-BOUNDARY
    return jsonify(result=str("ok"))
