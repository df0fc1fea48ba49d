# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=islice_parts_join expected=true
import itertools
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_islice_parts_join", methods=["GET", "POST"])
def case_islice_parts_join():
    param = request.cookies.get("q", "")
    sub = "/".join(itertools.islice(param.split("/"), 0, 6))
    with open(os.path.join(BASE, sub)) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return jsonify(result=str(data))
