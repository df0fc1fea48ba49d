# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask shape=dict_get_const_theme expected=false
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

THEMES = {"dark": "dark", "light": "light"}


@app.route("/trustbound_dict_get_const_theme", methods=["GET", "POST"])
def case_dict_get_const_theme():
    param = request.form.get("q", "")
    session["theme"] = THEMES.get(param, "light")
    return jsonify(result=str("ok"))
