# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=len_format_name expected=false
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DIR = "/srv/app/files"


@app.route("/pathtraver_len_format_name", methods=["GET", "POST"])
def case_len_format_name():
    param = request.form.get("q", "")
    name = "report_%d.txt" % len(param)
    with open(os.path.join(BASE_DIR, name)) as fh:
        data = fh.read()
    return jsonify(result=str(len(data)))
