# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist propagation=stringio (helper class) sink=v1 expected=true
import io

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00189", methods=["GET", "POST"])
def benchmark_test_00189():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
