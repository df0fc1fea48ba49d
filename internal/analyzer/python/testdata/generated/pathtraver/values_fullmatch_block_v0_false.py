# generated case: rule=PY-PATH-TRAVERSAL source=values propagation=fullmatch_block sink=v0 expected=false
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.values.get("p", "")
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
    return jsonify(result=result)
