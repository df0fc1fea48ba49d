# generated case: rule=PY-PATH-TRAVERSAL source=form propagation=helper_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def do_something(value):
    return "safe!"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.form["p"]
    bar = do_something(param)
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
