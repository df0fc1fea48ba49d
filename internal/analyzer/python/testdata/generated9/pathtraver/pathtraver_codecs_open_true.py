# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=codecs_open expected=true
import codecs
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_codecs_open", methods=["GET", "POST"])
def case_codecs_open():
    param = request.args.get("q", "")
    with codecs.open(os.path.join(BASE, param), encoding="utf-8") as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return jsonify(result=str(data))
