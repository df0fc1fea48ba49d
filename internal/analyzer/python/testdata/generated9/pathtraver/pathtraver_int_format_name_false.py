# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=int_format_name expected=false
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_int_format_name", methods=["GET", "POST"])
def case_int_format_name():
    param = request.form.get("q", "")
    try:
        n = int(param)
    except ValueError:
        n = 0
    with open(os.path.join(BASE, f"{n:08d}.txt")) as fh:
        data = fh.read()
    return jsonify(result=str(data))
