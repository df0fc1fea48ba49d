# generated case (gen9): category=xss rule=PY-XSS fw=flask shape=markup_add_escapes expected=false
from markupsafe import Markup
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_markup_add_escapes", methods=["GET", "POST"])
def case_markup_add_escapes():
    param = (request.get_json(silent=True) or {}).get("q", "")
    return Markup("<i>") + param + Markup("</i>")
