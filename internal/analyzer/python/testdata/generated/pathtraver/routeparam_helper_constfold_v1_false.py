# generated case: rule=PY-PATH-TRAVERSAL source=routeparam propagation=helper_constfold sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/pathtraver/<p>")
def handle_pathtraver(p):
    param = p
    bar = choose(param)
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
