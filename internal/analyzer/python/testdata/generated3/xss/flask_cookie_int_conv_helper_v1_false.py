# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=cookie propagation=int_conv (helper class) sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00217", methods=["GET", "POST"])
def benchmark_test_00217():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return make_response("<div>%s</div>" % bar)
