# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist propagation=if_fold_str_safe sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00134", methods=["POST"])
def benchmark_test_00134():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    exec("value = " + bar, {})
    result = True
    return jsonify(result=str(result))
