# generated case: rule=PY-PATH-TRAVERSAL source=headers propagation=ifconst_safebranch sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.headers.get("X-P", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
