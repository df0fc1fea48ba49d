# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=session_pop_key expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_session_pop_key", methods=["GET", "POST"])
def case_session_pop_key():
    param = request.args.get("q", "")
    session.pop(param, None)
    return jsonify(result=str("ok"))
