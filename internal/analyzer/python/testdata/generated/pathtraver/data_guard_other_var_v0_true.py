# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=guard_other_var sink=v0 expected=true
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        abort(400)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
