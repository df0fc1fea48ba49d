# generated case: rule=PY-PATH-TRAVERSAL source=args propagation=listappend_last sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.args.get("p", "")
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[2]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
