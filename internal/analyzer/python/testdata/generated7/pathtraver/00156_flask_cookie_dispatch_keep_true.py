# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=dispatch_keep sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
HANDLERS = {"keep": lambda v: v.strip(), "mask": lambda v: "masked"}
BASE_DIR = "/srv/app/files/"


@app.route("/case-00156", methods=["GET", "POST"])
def case_00156():
    param = request.cookies.get("q", "none")
    bar = HANDLERS["keep"](param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
