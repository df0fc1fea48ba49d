# generated case: rule=PY-PATH-TRAVERSAL source=headers propagation=closure_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.headers.get("X-P", "")
    def inner(v):
        return "safe"
    bar = inner(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
