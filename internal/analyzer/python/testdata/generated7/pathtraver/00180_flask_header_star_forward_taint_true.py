# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header shape=star_forward_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


def first_of(*args):
    return args[0]


def forward(*args):
    return first_of(*args)


@app.route("/case-00180", methods=["GET", "POST"])
def case_00180():
    param = request.headers.get("X-Query", "")
    bar = forward(param, "safe")
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
