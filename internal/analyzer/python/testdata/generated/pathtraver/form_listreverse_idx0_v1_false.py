# generated case: rule=PY-PATH-TRAVERSAL source=form propagation=listreverse_idx0 sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.form["p"]
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
