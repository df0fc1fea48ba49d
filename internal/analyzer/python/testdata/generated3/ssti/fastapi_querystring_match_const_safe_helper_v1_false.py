# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=querystring propagation=match_const_safe (helper class) sink=v1 expected=false
import jinja2
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00275")
def benchmark_test_00275(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
