# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=pathparam propagation=regex_guard_reassign (helper class) sink=v3 expected=false
import os
import re

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00116/{test_id}")
def benchmark_test_00116(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()
    return {"result": str(result)}
