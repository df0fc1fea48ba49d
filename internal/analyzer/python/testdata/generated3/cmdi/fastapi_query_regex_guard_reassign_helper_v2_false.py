# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=regex_guard_reassign (helper class) sink=v2 expected=false
import re
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00107")
def benchmark_test_00107(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return {"result": str(result)}
