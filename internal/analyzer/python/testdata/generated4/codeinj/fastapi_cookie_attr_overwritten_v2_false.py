# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie shape=attr_overwritten sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


@app.get("/00012")
def benchmark_test_00012(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    box = Box()
    box.content = param
    box.content = "reset"
    bar = box.read()
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
