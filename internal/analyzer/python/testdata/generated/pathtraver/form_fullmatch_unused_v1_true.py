# generated case: rule=PY-PATH-TRAVERSAL source=form propagation=fullmatch_unused sink=v1 expected=true
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.form["p"]
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
