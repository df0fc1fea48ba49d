# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=chainmap_input_first sink=v3 expected=true
import base64
import collections
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00226", methods=["POST"])
def benchmark_test_00226():
    param = request.get_data(as_text=True)
    bar = collections.ChainMap({"term": param}, {"term": "all"})["term"]
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
