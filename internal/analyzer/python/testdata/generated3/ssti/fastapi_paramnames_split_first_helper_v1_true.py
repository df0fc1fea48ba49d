# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=paramnames propagation=split_first (helper class) sink=v1 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00299")
def benchmark_test_00299(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
