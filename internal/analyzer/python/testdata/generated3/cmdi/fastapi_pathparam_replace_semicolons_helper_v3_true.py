# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=pathparam propagation=replace_semicolons (helper class) sink=v3 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.replace(";", "").replace("&", "")
        return bar


@app.get("/00112/{test_id}")
def benchmark_test_00112(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
