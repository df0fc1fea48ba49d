# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=formlist propagation=stringio (helper class) sink=v0 expected=true
import io

from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.route("/00299", methods=["POST"])
def benchmark_test_00299():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
