# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=dict_get_const_values expected=false
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

LANGS = {"en": "en-US", "de": "de-DE"}


@app.route("/trustbound_dict_get_const_values", methods=["GET", "POST"])
def case_dict_get_const_values():
    param = request.cookies.get("q", "")
    session["lang"] = LANGS.get(param, "en-US")
    return jsonify(result=str("ok"))
