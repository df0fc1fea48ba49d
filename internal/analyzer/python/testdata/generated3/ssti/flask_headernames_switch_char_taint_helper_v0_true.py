# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=headernames propagation=switch_char_taint (helper class) sink=v0 expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


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


@app.route("/00273", methods=["GET", "POST"])
def benchmark_test_00273():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")  # want: PY-SSTI
