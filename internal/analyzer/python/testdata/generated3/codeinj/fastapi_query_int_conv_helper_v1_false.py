# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.get("/00145")
def benchmark_test_00145(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
