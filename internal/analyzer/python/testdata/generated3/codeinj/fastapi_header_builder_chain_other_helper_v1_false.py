# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header propagation=builder_chain_other (helper class) sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


@app.get("/00151")
def benchmark_test_00151(request: Request):
    param = request.headers.get("referer", "")
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
