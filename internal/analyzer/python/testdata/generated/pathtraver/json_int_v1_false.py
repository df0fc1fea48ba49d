# generated case: rule=PY-PATH-TRAVERSAL source=json propagation=int sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.get_json()["p"]
    bar = str(int(param))
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
