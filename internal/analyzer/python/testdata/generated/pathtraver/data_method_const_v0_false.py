# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=method_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class Thing:
    def do_something(self, value):
        return "safe!"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    bar = Thing().do_something(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
