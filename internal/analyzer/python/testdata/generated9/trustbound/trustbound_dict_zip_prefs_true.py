# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=dict_zip_prefs expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/trustbound_dict_zip_prefs", methods=["GET", "POST"])
def case_dict_zip_prefs():
    param = request.args.get("q", "")
    session["prefs"] = dict(zip(("theme",), (param,)))  # want: PY-TRUST-BOUNDARY
    return jsonify(result=str("ok"))
