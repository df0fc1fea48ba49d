# generated case: rule=PY-PATH-TRAVERSAL source=routeparam propagation=guard_and_len sink=v1 expected=true
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/pathtraver/<p>")
def handle_pathtraver(p):
    param = p
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        abort(400)
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
