# generated case: rule=PY-PATH-TRAVERSAL source=args propagation=match_prefix_guard sink=v0 expected=true
import os
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.args.get("p", "")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        abort(400)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
