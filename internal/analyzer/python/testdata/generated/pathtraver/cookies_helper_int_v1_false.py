# generated case: rule=PY-PATH-TRAVERSAL source=cookies propagation=helper_int sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def do_something(value):
    return str(int(value))


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.cookies.get("p", "")
    bar = do_something(param)
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
