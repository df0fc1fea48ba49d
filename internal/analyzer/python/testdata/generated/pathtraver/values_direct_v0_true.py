# generated case: rule=PY-PATH-TRAVERSAL source=values propagation=direct sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.values.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
