# generated case: rule=PY-PATH-TRAVERSAL source=args propagation=helper_ident sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


def do_something(value):
    return value


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.args.get("p", "")
    bar = do_something(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
