# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=querystring propagation=switch_char_taint (helper class) sink=v1 expected=true
import jinja2
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


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


@app.get("/00287")
def benchmark_test_00287(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
