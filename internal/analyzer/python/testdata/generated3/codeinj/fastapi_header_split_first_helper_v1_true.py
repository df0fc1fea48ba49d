# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header propagation=split_first (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00157")
def benchmark_test_00157(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": str(result)}
