# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=basename_only expected=false
import os
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DIR = "/srv/app/files"


@app.route("/pathtraver_basename_only", methods=["GET", "POST"])
def case_basename_only():
    param = request.headers.get("X-Q", "")
    name = os.path.basename(param)
    with open(os.path.join(BASE_DIR, name)) as fh:
        data = fh.read()
    return jsonify(result=str(len(data)))
