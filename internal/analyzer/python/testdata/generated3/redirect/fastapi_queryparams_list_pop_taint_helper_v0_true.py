# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=queryparams propagation=list_pop_taint (helper class) sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.get("/00325")
def benchmark_test_00325(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
