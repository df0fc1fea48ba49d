# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query propagation=stringio (helper class) sink=v1 expected=true
import io

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00151")
def benchmark_test_00151(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": str(result)}
