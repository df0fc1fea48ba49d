# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=werkzeug_safe_join_none expected=false
from werkzeug.security import safe_join
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_werkzeug_safe_join_none", methods=["GET", "POST"])
def case_werkzeug_safe_join_none():
    param = request.values.get("q", "")
    full = safe_join(BASE, param)
    if full is None:
        abort(404)
    with open(full) as fh:
        data = fh.read()
    return jsonify(result=str(data))
