# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=direct sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
