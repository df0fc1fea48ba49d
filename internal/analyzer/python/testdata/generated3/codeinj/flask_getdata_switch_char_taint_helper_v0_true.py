# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getdata propagation=switch_char_taint (helper class) sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00137", methods=["POST"])
def benchmark_test_00137():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
