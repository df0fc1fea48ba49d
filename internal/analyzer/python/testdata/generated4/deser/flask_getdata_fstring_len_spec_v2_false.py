# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=fstring_len_spec sink=v2 expected=false
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00269", methods=["POST"])
def benchmark_test_00269():
    param = request.get_data(as_text=True)
    bar = f"{len(param):05d}"
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
