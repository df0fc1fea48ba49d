# generated case: rule=PY-PATH-TRAVERSAL source=args propagation=direct sink=safe-api expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.args.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return jsonify(result=result)
