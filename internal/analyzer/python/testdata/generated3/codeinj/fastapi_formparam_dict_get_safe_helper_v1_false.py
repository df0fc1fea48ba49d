# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=formparam propagation=dict_get_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Form, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.post("/00133")
def benchmark_test_00133(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
