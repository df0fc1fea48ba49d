# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=formparam propagation=list_remove_value_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Form, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.post("/00139")
def benchmark_test_00139(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": str(result)}
