# generated case: rule=PY-PATH-TRAVERSAL source=values propagation=listreverse_idx1 sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.values.get("p", "")
    values = [param, "safe"]
    values.reverse()
    bar = values[1]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
