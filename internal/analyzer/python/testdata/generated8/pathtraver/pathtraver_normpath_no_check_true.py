# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=normpath_no_check expected=true
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DIR = "/srv/app/files"


@app.route("/pathtraver_normpath_no_check", methods=["GET", "POST"])
def case_normpath_no_check():
    param = request.cookies.get("q", "")
    full = os.path.normpath(os.path.join(BASE_DIR, param))
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return jsonify(result=str(len(data)))
