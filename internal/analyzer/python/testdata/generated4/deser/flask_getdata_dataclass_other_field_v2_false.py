# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=dataclass_other_field sink=v2 expected=false
import jsonpickle

from dataclasses import dataclass
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class Query:
    term: str
    scope: str = "all"


@app.route("/00017", methods=["POST"])
def benchmark_test_00017():
    param = request.get_data(as_text=True)
    q = Query(term=param)
    bar = q.scope
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
