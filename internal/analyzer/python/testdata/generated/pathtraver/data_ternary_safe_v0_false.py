# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=ternary_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
