# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args shape=kwonly_default_off sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


def choose(*, value, use_value=False):
    return value if use_value else "default"


@app.route("/case-00181", methods=["GET", "POST"])
def case_00181():
    param = request.args.get("q", "")
    bar = choose(value=param)
    result = eval(bar)
    return jsonify(result=str(result))
