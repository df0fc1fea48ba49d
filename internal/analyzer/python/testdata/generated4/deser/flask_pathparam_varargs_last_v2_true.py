# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam shape=varargs_last sink=v2 expected=true
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def last(*values):
    return values[-1]


@app.route("/00235/<test_id>", methods=["GET", "POST"])
def benchmark_test_00235(test_id):
    param = test_id
    bar = last("safe", param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
