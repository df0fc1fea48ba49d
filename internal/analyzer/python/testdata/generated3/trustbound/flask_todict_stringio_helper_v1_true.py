# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict propagation=stringio (helper class) sink=v1 expected=true
import io
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00592", methods=["GET", "POST"])
def benchmark_test_00592():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
