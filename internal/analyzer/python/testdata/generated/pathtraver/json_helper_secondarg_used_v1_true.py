# generated case: rule=PY-PATH-TRAVERSAL source=json propagation=helper_secondarg_used sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def pick(first, second):
    return second


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.get_json()["p"]
    bar = pick("fixed", param)
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
