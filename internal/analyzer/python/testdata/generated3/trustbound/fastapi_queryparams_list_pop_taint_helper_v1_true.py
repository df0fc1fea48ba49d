# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=queryparams propagation=list_pop_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request

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


@app.get("/00576")
def benchmark_test_00576(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
