# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie propagation=switch_char_safe sink=v3 expected=false
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00545", methods=["GET", "POST"])
def benchmark_test_00545():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return jsonify(result=str(result))
