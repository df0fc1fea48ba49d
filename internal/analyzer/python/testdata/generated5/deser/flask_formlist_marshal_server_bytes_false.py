# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist shape=marshal_server_bytes expected=false
import marshal

from flask import Flask, jsonify, request

app = Flask(__name__)
COMPILED = marshal.dumps(compile("1 + 1", "<cfg>", "eval"))


@app.route("/00402", methods=["POST"])
def benchmark_test_00402():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    code = marshal.loads(COMPILED)
    result = type(code).__name__ + bar[:0]
    return jsonify(result=str(result))
