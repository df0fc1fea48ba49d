# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query propagation=stringio (helper class) sink=v2 expected=true
import io

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00139")
def benchmark_test_00139(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
