# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=formlist propagation=try_int_fallback sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00250", methods=["POST"])
def benchmark_test_00250():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return make_response("<div>%s</div>" % bar)
