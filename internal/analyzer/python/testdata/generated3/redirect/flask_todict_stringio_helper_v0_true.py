# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=todict propagation=stringio (helper class) sink=v0 expected=true
import io

from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00341", methods=["GET", "POST"])
def benchmark_test_00341():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
