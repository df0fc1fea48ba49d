# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata propagation=split_first (helper class) sink=v1 expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.route("/00347", methods=["POST"])
def benchmark_test_00347():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    return redirect("/" + bar)  # want: PY-OPEN-REDIRECT
