# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00301")
def benchmark_test_00301(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
