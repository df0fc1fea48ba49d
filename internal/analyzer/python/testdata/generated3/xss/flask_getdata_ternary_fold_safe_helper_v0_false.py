# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getdata propagation=ternary_fold_safe (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.route("/00217", methods=["POST"])
def benchmark_test_00217():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
