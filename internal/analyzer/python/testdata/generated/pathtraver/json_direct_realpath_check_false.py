# generated case: rule=PY-PATH-TRAVERSAL source=json propagation=direct sink=realpath_check expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.get_json()["p"]
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if full.startswith(BASE_DIR + os.sep):
        with open(full) as fh:
            result = len(fh.read())
    else:
        result = None
    return jsonify(result=result)
